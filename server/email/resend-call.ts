import "server-only";
import type { CreateEmailOptions } from "resend";
import { classifyResendError, type ResendSdkError, type ResendSendFailure } from "./resend-send-failure";
import type { RequestPacer } from "./resend-request-pacer";

/** One email ready to send: rendered, addressed, with its headers. */
export interface OutgoingEmail {
  /** "Name <address@domain>" or a bare address, on a domain verified at Resend. */
  from: string;
  /** At most 50 addresses (Resend's limit per email). */
  to: string | string[];
  subject: string;
  html: string;
  /** The plain-text part; Resend derives one from the HTML when it is missing. */
  text?: string;
  replyTo?: string | string[];
  /** Extra MIME headers, such as `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers?: Record<string, string>;
  /** Resend tags (ASCII letters, digits, `_` and `-`, at most 256 characters each); they come back in webhook events. */
  tags?: { name: string; value: string }[];
}

/** Time allowed for one call to Resend before it counts as a transient failure. */
export const DEFAULT_RESEND_TIMEOUT_MS = 30_000;

/** Resend's limit on an Idempotency-Key (https://resend.com/docs/api-reference/errors, `invalid_idempotency_key`). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

/** Options every send takes. */
export interface ResendCallOptions {
  /** Abandon the call after this many ms (default DEFAULT_RESEND_TIMEOUT_MS); the outcome is then `transient` / `timeout`. */
  timeoutMs?: number;
  /** The caller's cancellation (a paused or cancelled job); the outcome is then `transient` / `aborted`. */
  signal?: AbortSignal;
  /**
   * Waits for a slot before the call and is told of a 429's wait. Pass the process's
   * `resendRequestPacer()` in production; null sends at once (tests of the limit itself).
   */
  pacer: RequestPacer | null;
}

/** The SDK's answer shape. */
type SdkResponse<T> = { data: T; error: null; headers: Record<string, string> | null } | { data: null; error: ResendSdkError; headers: Record<string, string> | null };

/** Maps an email to the SDK's payload (the SDK turns `replyTo` into `reply_to`). */
export function toResendPayload(email: OutgoingEmail): CreateEmailOptions {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    ...(email.text === undefined ? {} : { text: email.text }),
    ...(email.replyTo === undefined ? {} : { replyTo: email.replyTo }),
    ...(email.headers === undefined ? {} : { headers: email.headers }),
    ...(email.tags === undefined ? {} : { tags: email.tags }),
  };
}

/**
 * Checks an Idempotency-Key before it is sent.
 * @throws RangeError when it is empty or longer than 256 characters (a caller's bug: Resend would
 *   refuse it with `invalid_idempotency_key`).
 */
export function assertIdempotencyKey(key: string): void {
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw new RangeError(`An Idempotency-Key has 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, not ${key.length}`);
}

/**
 * Runs one SDK call under the pacer and a deadline, and sorts its failure.
 * @param call - makes the request with the given signal.
 * @returns the SDK's data and headers, or the classified failure (never throws for the provider's
 *   or the network's faults).
 */
export async function callResend<T>(
  call: (signal: AbortSignal) => Promise<SdkResponse<T>>,
  { timeoutMs = DEFAULT_RESEND_TIMEOUT_MS, signal, pacer }: ResendCallOptions,
): Promise<{ ok: true; data: T; headers: Record<string, string> | null } | ResendSendFailure> {
  if (pacer) {
    try {
      await pacer.acquire(signal);
    } catch {
      return classifyResendError({ error: {}, headers: null, aborted: true });
    }
  }
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const response = await call(combined);
  if (response.error === null) return { ok: true, data: response.data, headers: response.headers };
  // The SDK reports an abort as a network failure (no response, so no headers); tell ours apart.
  const noResponse = response.headers === null;
  const failure = classifyResendError({
    error: response.error,
    headers: response.headers,
    aborted: noResponse && (signal?.aborted ?? false),
    timedOut: noResponse && deadline.aborted && !signal?.aborted,
  });
  if (failure.kind === "rate_limited") pacer?.pauseFor(failure.retryAfterMs);
  return failure;
}
