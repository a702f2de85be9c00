import { readFileSync } from "node:fs";
import path from "node:path";

/** Resend's documented webhook payloads (../shared/data/resend_webhooks, relative to the project root). */
export const RESEND_WEBHOOK_DATA_DIR = path.join(process.cwd(), "..", "shared", "data", "resend_webhooks");

/** A Resend event envelope as the fixtures hold it. */
export type ResendFixtureEvent = { type: string; created_at: string; data: Record<string, unknown> & { email_id: string } };

/**
 * One of Resend's documented example events (`email.opened` reads `email.opened.json`), with
 * `data` fields replaced by `data` (e.g. another `email_id`, a `to`, a click's link) and
 * `created_at` by `createdAt`.
 */
export function resendFixture(type: string, { data = {}, createdAt }: { data?: Record<string, unknown>; createdAt?: Date } = {}): ResendFixtureEvent {
  const event = JSON.parse(readFileSync(path.join(RESEND_WEBHOOK_DATA_DIR, `${type}.json`), "utf8")) as ResendFixtureEvent;
  return { ...event, ...(createdAt ? { created_at: createdAt.toISOString() } : {}), data: { ...event.data, ...data } };
}

/**
 * An `email.received` event (an inbound email) shaped as Resend documents it
 * (https://resend.com/docs/webhooks/emails/received; resend-node `ReceivedEmailEventData`); the
 * shared data folder has no example of it.
 */
export function receivedEmailEvent({ from, subject = "Re: Your website", createdAt = new Date() }: { from: string; subject?: string; createdAt?: Date }): ResendFixtureEvent {
  return {
    type: "email.received",
    created_at: createdAt.toISOString(),
    data: {
      email_id: crypto.randomUUID(),
      created_at: createdAt.toISOString(),
      from,
      to: ["hello@leadwell.example"],
      bcc: [],
      cc: [],
      received_for: ["hello@leadwell.example"],
      message_id: `<${crypto.randomUUID()}@mail.example>`,
      subject,
      attachments: [],
    },
  };
}
