import { verifyResendWebhook, type ResendWebhookRejection, type WebhookHeaders } from "@/server/email/verify-resend-webhook";
import { recordLastWebhook } from "./last-webhook";
import { storeEmailEvent } from "./store-email-event";

function hasSignature(headers: WebhookHeaders): boolean {
  if (headers instanceof Headers) return !!headers.get("svix-signature")?.trim();
  return Object.entries(headers).some(([name, value]) => name.toLowerCase() === "svix-signature" && !!value?.toString().trim());
}

/** What became of a webhook call: stored (or a replay of a stored one), or refused with the reason. */
export type WebhookAcceptance = { ok: true; duplicate: boolean } | { ok: false; reason: ResendWebhookRejection; message: string };

/**
 * Takes one Resend webhook call (https://resend.com/docs/webhooks/introduction): verifies its
 * Svix signature and timestamp (verifyResendWebhook), stores the event once by `svix-id`, queues
 * the EMAIL_EVENTS job (one pending job serves every event stored meanwhile, by its unique key)
 * and records the call in Setting "resend.lastWebhook" — refused calls too. Nothing is stored
 * for a refused call. Processing happens on the queue, so the caller can answer at once, well
 * inside Resend's 15-second timeout.
 * @param rawBody - the body exactly as received (the signature covers these bytes).
 * @param now - the arrival instant (for the last-webhook record; the signature's timestamp
 *   tolerance is checked against the system clock by the Standard Webhooks library).
 * @returns ok (and whether it was a replay), or the refusal reason.
 */
export async function acceptResendWebhook({ rawBody, headers, now = new Date() }: { rawBody: Uint8Array | string; headers: WebhookHeaders; now?: Date }): Promise<WebhookAcceptance> {
  const verified = verifyResendWebhook({ rawBody, headers });
  if (!verified.ok) {
    await recordLastWebhook({ verified: false, reason: verified.reason }, now);
    // Without a secret the server is at fault (503), but an unsigned caller is told only that it is
    // unsigned (401), as cron routes do: it learns nothing about the configuration.
    if (verified.reason === "secret_not_configured" && !hasSignature(headers)) return { ok: false, reason: "missing_headers", message: "Send svix-id, svix-timestamp and svix-signature" };
    return verified;
  }
  // PostgreSQL stores no NUL character in text or jsonb; no genuine event carries one.
  if (JSON.stringify(verified.event).includes("\\u0000")) {
    await recordLastWebhook({ verified: false, reason: "invalid_event" }, now);
    return { ok: false, reason: "invalid_event", message: "The event contains a NUL character" };
  }
  const stored = await storeEmailEvent({ svixId: verified.svixId, event: verified.event, now });
  await recordLastWebhook({ verified: true }, now);
  return { ok: true, duplicate: !stored };
}

/** Records a call refused before it could be verified (its body was over the size limit). */
export async function refuseResendWebhook(reason: ResendWebhookRejection, now = new Date()): Promise<void> {
  await recordLastWebhook({ verified: false, reason }, now);
}
