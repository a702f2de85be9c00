import "server-only";

/**
 * Why a call to Resend did not send, sorted by what the caller should do:
 * - `rate_limited` (429 `rate_limit_exceeded`): wait `retryAfterMs`, then retry with the same
 *   Idempotency-Key;
 * - `transient` (5xx, 408, a network failure, our timeout, an abort, or 409
 *   `concurrent_idempotent_requests` while the first request with that key is still running):
 *   retry later with the same key: if the first attempt did send, Resend answers with its ids
 *   and sends nothing again;
 * - `permanent` (other 4xx: validation, authentication, a key reused with another payload,
 *   the daily or monthly quota): retrying the same request cannot succeed.
 * Error names and statuses: https://resend.com/docs/api-reference/errors and
 * https://resend.com/docs/dashboard/emails/idempotency-keys.
 */
export type ResendSendFailure =
  | { ok: false; kind: "rate_limited"; retryable: true; statusCode: 429; code: string; message: string; retryAfterMs: number }
  | { ok: false; kind: "transient"; retryable: true; statusCode: number | null; code: string; message: string; retryAfterMs: number | null }
  | { ok: false; kind: "permanent"; retryable: false; statusCode: number | null; code: string; message: string };

/** The error half of the SDK's `{ data, error, headers }` answer. */
export interface ResendSdkError {
  name?: string;
  message?: string;
  statusCode?: number | null;
}

/** How long to wait after a 429 that carries neither `retry-after` nor `ratelimit-reset`. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;

// Quotas reset daily or monthly: waiting a few seconds will not help (Resend's own CLI does not
// retry them either).
const QUOTA_ERRORS = new Set(["daily_quota_exceeded", "monthly_quota_exceeded"]);

/** Statuses by error name, for an error body that lacks `statusCode`. */
const STATUS_BY_NAME: Record<string, number> = {
  invalid_idempotency_key: 400,
  validation_error: 422,
  missing_required_field: 422,
  invalid_parameter: 422,
  invalid_from_address: 422,
  invalid_attachment: 422,
  missing_api_key: 401,
  restricted_api_key: 401,
  invalid_api_key: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_idempotent_request: 409,
  concurrent_idempotent_requests: 409,
  rate_limit_exceeded: 429,
  daily_quota_exceeded: 429,
  monthly_quota_exceeded: 429,
  application_error: 500,
  internal_server_error: 500,
};

/**
 * The wait a response asks for, in ms: `retry-after` (delta-seconds, or an HTTP date, RFC 9110
 * §10.2.3), else `ratelimit-reset` (delta-seconds until the window resets, IETF
 * draft-ietf-httpapi-ratelimit-headers-06, which Resend follows:
 * https://resend.com/docs/api-reference/rate-limit).
 * @param headers - response headers by lower-cased name (as the SDK returns them), or null.
 * @param now - the clock in ms, for an HTTP-date `retry-after`.
 * @returns milliseconds (≥ 0), or null when neither header is readable.
 */
export function readRetryAfterMs(headers: Record<string, string> | null | undefined, now: number = Date.now()): number | null {
  if (!headers) return null;
  const retryAfter = headers["retry-after"]?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers["ratelimit-reset"]?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) return Math.ceil(Number(reset) * 1000);
  return null;
}

/**
 * Sorts a failed Resend SDK call into rate limited, transient or permanent (see ResendSendFailure).
 * @param error - the SDK's `error` (Resend's `{ statusCode, name, message }` body; for a network
 *   failure the SDK's own `application_error` with `statusCode: null` and no headers).
 * @param headers - the SDK's `headers` (null when no response arrived).
 * @param timedOut - our own deadline aborted the request (the SDK reports an abort as a network failure).
 * @param aborted - the caller's signal aborted it.
 * @param now - the clock in ms, for an HTTP-date `retry-after`.
 */
export function classifyResendError({
  error,
  headers,
  timedOut = false,
  aborted = false,
  now = Date.now(),
}: {
  error: ResendSdkError;
  headers: Record<string, string> | null;
  timedOut?: boolean;
  aborted?: boolean;
  now?: number;
}): ResendSendFailure {
  const code = error.name || "unknown_error";
  const message = error.message || "Resend did not say why";
  if (timedOut) return { ok: false, kind: "transient", retryable: true, statusCode: null, code: "timeout", message: "Resend did not answer in time", retryAfterMs: null };
  if (aborted) return { ok: false, kind: "transient", retryable: true, statusCode: null, code: "aborted", message: "The request was aborted", retryAfterMs: null };

  const statusCode = typeof error.statusCode === "number" ? error.statusCode : (STATUS_BY_NAME[code] ?? null);
  if (headers === null && (error.statusCode === null || error.statusCode === undefined)) {
    return { ok: false, kind: "transient", retryable: true, statusCode: null, code: "network_error", message, retryAfterMs: null };
  }
  if (QUOTA_ERRORS.has(code)) return { ok: false, kind: "permanent", retryable: false, statusCode, code, message };
  if (statusCode === 429) {
    return { ok: false, kind: "rate_limited", retryable: true, statusCode: 429, code, message, retryAfterMs: readRetryAfterMs(headers, now) ?? DEFAULT_RATE_LIMIT_WAIT_MS };
  }
  if (code === "concurrent_idempotent_requests" || statusCode === null || statusCode === 408 || statusCode >= 500) {
    return { ok: false, kind: "transient", retryable: true, statusCode, code, message, retryAfterMs: readRetryAfterMs(headers, now) };
  }
  return { ok: false, kind: "permanent", retryable: false, statusCode, code, message };
}
