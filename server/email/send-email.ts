import "server-only";
import type { Resend } from "resend";
import { assertIdempotencyKey, callResend, toResendPayload, type OutgoingEmail, type ResendCallOptions } from "./resend-call";
import type { ResendSendFailure } from "./resend-send-failure";

/** The outcome of one email: Resend's email id, or why it failed. */
export type SendEmailResult = { ok: true; id: string } | ResendSendFailure;

/**
 * Sends one email with `POST /emails` (https://resend.com/docs/api-reference/emails/send-email),
 * classified like sendEmailBatch.
 * @param client - from createResendClient.
 * @param email - the email (at most 50 recipients).
 * @param idempotencyKey - optional but advised (1 to 256 characters, e.g. "email/<activity id>"):
 *   a retry with it sends nothing twice.
 * @param options - timeout, the caller's abort signal, and the pacer (see ResendCallOptions).
 * @returns the id, or `rate_limited` (wait ms) / `transient` (retry) / `permanent` (Resend's message).
 * @throws RangeError for an invalid key.
 */
export async function sendEmail({
  client,
  email,
  idempotencyKey,
  ...options
}: { client: Resend; email: OutgoingEmail; idempotencyKey?: string } & ResendCallOptions): Promise<SendEmailResult> {
  if (idempotencyKey !== undefined) assertIdempotencyKey(idempotencyKey);
  const payload = toResendPayload(email);
  const outcome = await callResend((signal) => client.emails.send(payload, { ...(idempotencyKey === undefined ? {} : { idempotencyKey }), signal }), options);
  if (!outcome.ok) return outcome;
  const id = outcome.data?.id;
  if (typeof id !== "string" || id.length === 0) {
    return { ok: false, kind: "permanent", retryable: false, statusCode: null, code: "invalid_response", message: "Resend answered without an email id" };
  }
  return { ok: true, id };
}
