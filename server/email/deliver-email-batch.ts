import "server-only";
import type { Resend } from "resend";
import type { RequestPacer } from "./resend-request-pacer";
import type { OutgoingEmail } from "./resend-call";
import { sendEmailBatch } from "./send-email-batch";

/** Tries of one batch on transient failures (5xx, network, timeout) before giving up. */
export const TRANSIENT_TRIES = 5;
/** 429s in a row on one batch before giving up. */
export const RATE_LIMITED_TRIES = 20;

/** A batch's final outcome: Resend's ids in the order of the emails, or Resend's refusal (a 4xx). */
export type BatchDelivery = { ok: true; ids: string[] } | { ok: false; error: string };

/**
 * Sends one batch through Resend's batch API until it is taken or refused — the retry rules that
 * campaigns (sendCampaignBatch) and sequences (runSequenceTick) share:
 * - a 429 waits `retryAfterMs` (the pacer holds every later call too) and tries again, up to
 *   RATE_LIMITED_TRIES times in a row;
 * - a transient failure (5xx, network, timeout) is tried again up to TRANSIENT_TRIES times with a
 *   growing wait (Resend's retry-after when it gives one, else 1 s, 2 s, 4 s…); the Idempotency-Key
 *   makes a repeat of a batch Resend already took a no-op;
 * - a permanent failure (4xx) is answered as `{ ok: false, error }` with Resend's message.
 * @param idempotencyKey - the same on every attempt of this batch (derived from what it is).
 * @param label - names the batch in log lines and errors ("Batch 3").
 * @param wait - waits the given ms (the caller's, so that a job's checkpoint can stop it).
 * @param log - where warnings and errors go.
 * @throws Error after TRANSIENT_TRIES transient failures or RATE_LIMITED_TRIES 429s in a row, and
 *   whatever `wait` throws.
 */
export async function deliverEmailBatch({
  client,
  pacer,
  emails,
  idempotencyKey,
  label,
  wait,
  log,
}: {
  client: Resend;
  pacer: RequestPacer | null;
  emails: readonly OutgoingEmail[];
  idempotencyKey: string;
  label: string;
  wait: (ms: number) => Promise<void>;
  log: (level: "warn" | "error", message: string) => Promise<void>;
}): Promise<BatchDelivery> {
  let transient = 0;
  let limited = 0;
  for (;;) {
    const outcome = await sendEmailBatch({ client, emails, idempotencyKey, pacer });
    if (outcome.ok) return outcome;
    if (outcome.kind === "permanent") {
      const error = `Resend refused the batch (${outcome.statusCode ?? outcome.code}: ${outcome.message})`;
      await log("error", `${label}: ${error}`);
      return { ok: false, error };
    }
    if (outcome.kind === "rate_limited") {
      if (++limited > RATE_LIMITED_TRIES) throw new Error(`Resend kept answering 429 for ${label.toLowerCase()}`);
      // The pacer already holds later calls for retryAfterMs; waiting here too keeps the caller's checkpoint responsive.
      await wait(outcome.retryAfterMs);
      continue;
    }
    if (++transient >= TRANSIENT_TRIES) throw new Error(`${label} failed ${transient} times: ${outcome.statusCode ?? outcome.code} ${outcome.message}`);
    await log("warn", `${label}: ${outcome.statusCode ?? outcome.code} ${outcome.message}; trying again`);
    await wait(outcome.retryAfterMs ?? 500 * 2 ** transient);
  }
}
