import "server-only";
import type { Resend } from "resend";
import { assertIdempotencyKey, callResend, toResendPayload, type OutgoingEmail, type ResendCallOptions } from "./resend-call";
import type { ResendSendFailure } from "./resend-send-failure";

/** Resend's batch endpoint takes at most this many emails (https://resend.com/docs/dashboard/emails/batch-sending). */
export const MAX_EMAILS_PER_BATCH = 100;

/** The outcome of a batch: Resend's email ids in the order of the emails sent, or why it failed. */
export type SendEmailBatchResult = { ok: true; ids: string[] } | ResendSendFailure;

/**
 * Sends up to 100 emails in one `POST /emails/batch` call
 * (https://resend.com/docs/api-reference/emails/send-batch-emails).
 *
 * Validation is Resend's default "strict" mode: the batch is sent whole or not at all, so the
 * ids map one to one onto `emails`, and one invalid email fails the batch as `permanent`
 * (check addresses before building a batch). The Idempotency-Key makes a retry safe: within
 * 24 hours, the same key with the same emails returns the first answer and sends nothing again
 * (https://resend.com/docs/dashboard/emails/idempotency-keys); derive it from what the batch
 * is (campaign and batch number), never from the attempt.
 *
 * @param client - from createResendClient.
 * @param emails - 1 to 100 emails.
 * @param idempotencyKey - 1 to 256 characters, the same on every retry of this batch.
 * @param options - timeout, the caller's abort signal, and the pacer (see ResendCallOptions).
 * @returns the ids, or a failure: `rate_limited` with the wait in ms, `transient` (5xx,
 *   network, timeout: retry with the same key), `permanent` (4xx: Resend's message).
 * @throws RangeError for an empty batch, more than 100 emails, or an invalid key (caller bugs).
 */
export async function sendEmailBatch({
  client,
  emails,
  idempotencyKey,
  ...options
}: { client: Resend; emails: readonly OutgoingEmail[]; idempotencyKey: string } & ResendCallOptions): Promise<SendEmailBatchResult> {
  if (emails.length === 0 || emails.length > MAX_EMAILS_PER_BATCH) throw new RangeError(`A batch has 1 to ${MAX_EMAILS_PER_BATCH} emails, not ${emails.length}`);
  assertIdempotencyKey(idempotencyKey);
  const payload = emails.map(toResendPayload);
  const outcome = await callResend((signal) => client.batch.send(payload, { idempotencyKey, batchValidation: "strict", signal }), options);
  if (!outcome.ok) return outcome;
  const ids = Array.isArray(outcome.data?.data) ? outcome.data.data.map((entry) => entry?.id) : [];
  if (ids.length !== emails.length || !ids.every((id): id is string => typeof id === "string" && id.length > 0)) {
    // Resend accepted the request yet did not name one email per email sent. It may have sent
    // them, so this is not retried blindly: a retry with the same key would get this answer again.
    return { ok: false, kind: "permanent", retryable: false, statusCode: null, code: "invalid_response", message: `Resend answered with ${ids.length} ids for ${emails.length} emails` };
  }
  return { ok: true, ids };
}
