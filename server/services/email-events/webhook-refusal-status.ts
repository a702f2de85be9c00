import type { ResendWebhookRejection } from "@/server/email/verify-resend-webhook";

const STATUS: Record<ResendWebhookRejection, 400 | 401 | 413 | 503> = {
  secret_not_configured: 503,
  body_too_large: 413,
  missing_headers: 401,
  malformed_headers: 401,
  bad_signature: 401,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
  invalid_json: 400,
  invalid_event: 400,
};

/**
 * The HTTP status a refused webhook call gets: 401 when it is not proven to come from Resend (no,
 * malformed or wrong signature; a timestamp over 5 minutes from now either way — Svix's replay
 * guard), 400 for a signed body that is not a Resend event, 413 over the size limit, 503 when
 * RESEND_WEBHOOK_SECRET is not set (the server's fault: Resend retries, and the admin sees it).
 */
export function webhookRefusalStatus(reason: ResendWebhookRejection): 400 | 401 | 413 | 503 {
  return STATUS[reason];
}
