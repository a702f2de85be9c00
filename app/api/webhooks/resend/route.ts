import { readRequestBody } from "@/server/api/read-request-body";
import { PayloadTooLargeError } from "@/server/api/request-errors";
import { RESEND_WEBHOOK_MAX_BODY_BYTES } from "@/server/email/verify-resend-webhook";
import { ServiceError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { acceptResendWebhook, refuseResendWebhook } from "@/server/services/email-events/accept-resend-webhook";
import { webhookRefusalStatus } from "@/server/services/email-events/webhook-refusal-status";

/**
 * POST /api/webhooks/resend: Resend's email events, signed with Svix (README "Resend webhooks").
 * Verified events are stored once by svix-id and answered 200 at once; the EMAIL_EVENTS job
 * processes them. Refusals are RFC 9457 problems (401, 400, 413, 503); nothing is stored for them.
 */
export async function POST(request: Request): Promise<Response> {
  const now = new Date();
  try {
    let rawBody: Uint8Array;
    try {
      rawBody = await readRequestBody(request, RESEND_WEBHOOK_MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) await refuseResendWebhook("body_too_large", now);
      throw error;
    }
    const result = await acceptResendWebhook({ rawBody, headers: request.headers, now });
    if (!result.ok) return problemResponse(new ServiceError(result.message, webhookRefusalStatus(result.reason)));
    return Response.json({ received: true, duplicate: result.duplicate }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
