import { Resend } from "resend";
import { parseResendEvent, type ResendEvent } from "@/lib/email/resend-event";

/** The largest webhook body read (1 MiB); Resend's email events are about 1 KB. */
export const RESEND_WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

/**
 * How far `svix-timestamp` may be from the clock, either way. It is enforced by the Standard
 * Webhooks library under the resend SDK (`WEBHOOK_TOLERANCE_IN_SECONDS = 5 * 60`, the Svix
 * default), against the system clock; it is exported to document it, not to configure it.
 */
export const RESEND_WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** Why a webhook request was refused. */
export type ResendWebhookRejection =
  /** RESEND_WEBHOOK_SECRET is unset or not a `whsec_<base64>` secret: a server fault, not the caller's. */
  | "secret_not_configured"
  /** The body is over RESEND_WEBHOOK_MAX_BODY_BYTES. */
  | "body_too_large"
  /** `svix-id`, `svix-timestamp` or `svix-signature` is absent or empty. */
  | "missing_headers"
  /** `svix-timestamp` is not a number of seconds. */
  | "malformed_headers"
  /** No `v1,` signature in `svix-signature` matches the body under the secret. */
  | "bad_signature"
  | "timestamp_too_old"
  | "timestamp_too_new"
  /** Correctly signed, but the body is not JSON. */
  | "invalid_json"
  /** Correctly signed JSON that is not a Resend event envelope (or an email event missing its fields). */
  | "invalid_event";

/** A refused request: the reason to branch on, and a message for the log or the problem detail. */
export type ResendWebhookRefusal = { ok: false; reason: ResendWebhookRejection; message: string };

export type ResendWebhookVerification = { ok: true; svixId: string; event: ResendEvent } | ResendWebhookRefusal;

/** The request headers: a fetch `Headers`, or a plain record (names in any case, as node:http gives them). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: WebhookHeaders, name: string): string {
  if (headers instanceof Headers) return headers.get(name)?.trim() ?? "";
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/**
 * The resend SDK's `webhooks.verify` is an instance method and its constructor insists on an
 * API key; verifying makes no request, so a placeholder key serves (a webhook can arrive on an
 * install that has a signing secret but no API key).
 */
let verifier: Resend | undefined;
function webhookVerifier(): Resend {
  verifier ??= new Resend("re_webhook_verification_only");
  return verifier;
}

function rejected(reason: ResendWebhookRejection, message: string): ResendWebhookRefusal {
  return { ok: false, reason, message };
}

/** The request parts both checks read. */
export interface ResendWebhookRequest {
  /**
   * The body exactly as received (text, or bytes read as UTF-8); a re-serialised JSON body
   * would not match its signature.
   */
  rawBody: string | Uint8Array;
  /** The request headers; only `svix-id`, `svix-timestamp` and `svix-signature` are read. */
  headers: WebhookHeaders;
  /** The endpoint's signing secret, `whsec_<base64>`; RESEND_WEBHOOK_SECRET by default. */
  secret?: string;
}

/**
 * Checks a webhook's Svix signature and returns its JSON body, whatever its shape.
 *
 * Resend signs webhooks with Svix (https://resend.com/docs/webhooks/verify-webhooks-requests):
 * HMAC-SHA256 of `${svix-id}.${svix-timestamp}.${rawBody}` under the base64-decoded part of the
 * `whsec_` secret, sent as space-separated `v1,<base64>` entries in `svix-signature` (several
 * during a secret rotation). The check itself is the resend SDK's `webhooks.verify` (Standard
 * Webhooks library: constant-time comparison, 5-minute timestamp tolerance against the system
 * clock `Date.now()`), so no crypto is written here. The checks run cheapest first and the body
 * is parsed only once the signature holds: size, secret, headers, signature and timestamp, JSON.
 *
 * @returns ok with the `svix-id` and the parsed JSON, or the reason it was refused (never
 *   `invalid_event`). Never throws for a bad request or secret.
 */
export function verifyResendSignature({
  rawBody,
  headers,
  secret = process.env.RESEND_WEBHOOK_SECRET,
}: ResendWebhookRequest): { ok: true; svixId: string; payload: unknown } | ResendWebhookRefusal {
  const size = typeof rawBody === "string" ? Buffer.byteLength(rawBody, "utf8") : rawBody.byteLength;
  if (size > RESEND_WEBHOOK_MAX_BODY_BYTES) return rejected("body_too_large", `The body is over ${RESEND_WEBHOOK_MAX_BODY_BYTES} bytes`);
  if (!secret?.trim()) return rejected("secret_not_configured", "RESEND_WEBHOOK_SECRET is not set");

  const id = header(headers, "svix-id");
  const timestamp = header(headers, "svix-timestamp");
  const signature = header(headers, "svix-signature");
  if (!id || !timestamp || !signature) return rejected("missing_headers", "Send svix-id, svix-timestamp and svix-signature");
  if (!/^\d{1,12}$/.test(timestamp)) return rejected("malformed_headers", "svix-timestamp must be Unix seconds");

  const text = typeof rawBody === "string" ? rawBody : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString("utf8");
  let payload: unknown;
  try {
    payload = webhookVerifier().webhooks.verify({ payload: text, headers: { id, timestamp, signature }, webhookSecret: secret.trim() });
  } catch (error) {
    return verificationFailure(error);
  }
  // The library returns undefined for an empty body instead of parsing it.
  if (payload === undefined) return rejected("invalid_json", "The body is empty");
  return { ok: true, svixId: id, payload };
}

/**
 * Verifies a Resend webhook request (verifyResendSignature) and parses its event with
 * parseResendEvent (lib/email/resend-event.ts). A replayed `svix-id` verifies again: storing
 * each id once is the caller's job.
 * @returns ok with the `svix-id` (the event's idempotency key, the same on Resend's retries) and
 *   the parsed event, or the reason it was refused. Never throws for a bad request or secret.
 */
export function verifyResendWebhook(request: ResendWebhookRequest): ResendWebhookVerification {
  const verified = verifyResendSignature(request);
  if (!verified.ok) return verified;
  const event = parseResendEvent(verified.payload);
  if (!event.success) {
    const issue = event.error.issues[0];
    return rejected("invalid_event", `Not a Resend event: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unreadable"}`);
  }
  return { ok: true, svixId: verified.svixId, event: event.data };
}

/**
 * Maps what the Standard Webhooks library throws to a reason. It throws WebhookVerificationError
 * with a fixed message per failure; a SyntaxError comes from JSON.parse, which it calls only
 * after the signature matched; a plain Error from its constructor means the secret is unusable.
 */
function verificationFailure(error: unknown): ResendWebhookRefusal {
  if (error instanceof SyntaxError) return rejected("invalid_json", "The body is not JSON");
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === "WebhookVerificationError") {
    if (message === "Message timestamp too old") return rejected("timestamp_too_old", `svix-timestamp is more than ${RESEND_WEBHOOK_TOLERANCE_SECONDS} s old`);
    if (message === "Message timestamp too new") return rejected("timestamp_too_new", `svix-timestamp is more than ${RESEND_WEBHOOK_TOLERANCE_SECONDS} s in the future`);
    if (message === "Missing required headers") return rejected("missing_headers", "Send svix-id, svix-timestamp and svix-signature");
    if (message === "Invalid Signature Headers") return rejected("malformed_headers", "svix-timestamp must be Unix seconds");
    return rejected("bad_signature", "The signature does not match");
  }
  return rejected("secret_not_configured", `RESEND_WEBHOOK_SECRET is not a usable whsec_ secret (${message})`);
}
