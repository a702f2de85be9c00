import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson, sendProblem } from "@/server/api/node-response";
import { readNodeRequestBody } from "@/server/api/read-request-body";
import { PayloadTooLargeError } from "@/server/api/request-errors";
import { RESEND_WEBHOOK_MAX_BODY_BYTES } from "@/server/email/verify-resend-webhook";
import { ServiceError } from "@/server/errors";
import { acceptResendWebhook, refuseResendWebhook } from "@/server/services/email-events/accept-resend-webhook";
import { webhookRefusalStatus } from "@/server/services/email-events/webhook-refusal-status";

/** The methods this route answers; any other gets 405 (the auth-guard e2e test reads this list). */
export const ALLOWED_METHODS = ["POST"];

/** Next.js reads the body itself unless told not to: the signature covers the bytes as sent. */
export const config = { api: { bodyParser: false } };

/**
 * POST /api/webhooks/resend: Resend's email events, signed with Svix (README "Resend webhooks").
 * Verified events are stored once by svix-id and answered 200 at once; the EMAIL_EVENTS job
 * processes them. Refusals are RFC 9457 problems (401, 400, 405, 413, 503); nothing is stored for
 * them.
 *
 * A Pages Router API route, the one route of the app that is not an App Router route handler: it
 * is called at volume (every email's every event), and Next.js answers it with about a third less
 * CPU time than a route handler, which turns the Node.js request into a fetch Request and its body
 * into a web stream (`npm run bench:email`; DESIGN.md "The one Pages Router route"). It takes and answers
 * plain Node.js requests, so the tests serve it from a node:http server.
 */
export default async function resendWebhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const now = new Date();
  try {
    if (request.method !== "POST") throw new ServiceError("Send webhook events with POST", 405);
    let rawBody: Uint8Array;
    try {
      rawBody = await readNodeRequestBody(request, RESEND_WEBHOOK_MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) await refuseResendWebhook("body_too_large", now);
      throw error;
    }
    const result = await acceptResendWebhook({ rawBody, headers: request.headers, now });
    if (!result.ok) throw new ServiceError(result.message, webhookRefusalStatus(result.reason));
    sendJson(response, 200, { received: true, duplicate: result.duplicate }, { "cache-control": "no-store" });
  } catch (error) {
    sendProblem(response, error, error instanceof ServiceError && error.status === 405 ? { allow: ALLOWED_METHODS.join(", ") } : {});
  }
}
