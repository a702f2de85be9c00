import { randomUUID } from "node:crypto";
import { Webhook } from "svix";

/** A signing secret for tests only (`whsec_` + base64 of fixed bytes), never a real endpoint's. */
export const TEST_RESEND_WEBHOOK_SECRET = `whsec_${Buffer.from("leadwell-test-webhook-key").toString("base64")}`;

/** The three headers Resend (through Svix) sends with every webhook. */
export type ResendWebhookHeaders = { "svix-id": string; "svix-timestamp": string; "svix-signature": string };

/**
 * Signs a webhook body the way Resend does, with the svix library's `Webhook.sign`, for tests,
 * e2e and benchmarks that post events to Leadwell.
 * @param payload - the exact body that will be posted (sign the string you send; re-serialising
 *   it afterwards breaks the signature).
 * @param options.secret - `whsec_…`; TEST_RESEND_WEBHOOK_SECRET by default.
 * @param options.id - the `svix-id`; a fresh `msg_…` id by default (reuse one to simulate a replay).
 * @param options.timestamp - the signing instant; now by default (move it to test the tolerance).
 * @returns the headers to send with the body.
 */
export function signResendWebhook(
  payload: string,
  { secret = TEST_RESEND_WEBHOOK_SECRET, id = `msg_${randomUUID().replaceAll("-", "")}`, timestamp = new Date() }: { secret?: string; id?: string; timestamp?: Date } = {},
): ResendWebhookHeaders {
  const signature = new Webhook(secret).sign(id, timestamp, payload);
  return { "svix-id": id, "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": signature };
}
