import { z } from "zod";
import { getDb } from "@/server/db";
import { isUniqueViolation } from "@/server/services/unique-violation";

/** The Setting key under which the last webhook call is kept (shown on Settings → Email). */
export const LAST_WEBHOOK_SETTING_KEY = "resend.lastWebhook";

/** When the last webhook call arrived, whether its signature verified, and if not, why (a ResendWebhookRejection). */
export const lastWebhookSchema = z.object({ at: z.iso.datetime(), verified: z.boolean(), reason: z.string().optional() });
export type LastWebhook = z.infer<typeof lastWebhookSchema>;

/** Writes at most once a second per process unless the verdict changes (a burst of events costs one write a second). */
const WRITE_INTERVAL_MS = 1000;
const globalForLastWebhook = globalThis as unknown as { leadwellLastWebhook?: { atMs: number; verdict: string } };

/**
 * Records a webhook call in Setting "resend.lastWebhook" = `{ at, verified, reason? }`, for
 * verified and refused calls alike, so the admin sees whether Resend reaches Leadwell and whether
 * the secret matches. To keep a burst cheap it writes at most once a second per process, except
 * that a change of verdict (verified ↔ refused, or another reason) is always written.
 * @param now - the call's arrival instant.
 */
export async function recordLastWebhook({ verified, reason }: { verified: boolean; reason?: string }, now: Date): Promise<void> {
  const verdict = verified ? "verified" : `refused:${reason ?? ""}`;
  const last = globalForLastWebhook.leadwellLastWebhook;
  if (last && last.verdict === verdict && now.getTime() - last.atMs < WRITE_INTERVAL_MS && now.getTime() >= last.atMs) return;
  globalForLastWebhook.leadwellLastWebhook = { atMs: now.getTime(), verdict };
  const value: LastWebhook = { at: now.toISOString(), verified, ...(reason ? { reason } : {}) };
  try {
    await getDb().setting.upsert({ where: { key: LAST_WEBHOOK_SETTING_KEY }, create: { key: LAST_WEBHOOK_SETTING_KEY, value }, update: { value } });
  } catch (error) {
    // Two processes created the row at the same instant: theirs says the same thing.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Forgets the throttle's memory (tests that read the setting after each call). */
export function resetLastWebhookThrottle(): void {
  globalForLastWebhook.leadwellLastWebhook = undefined;
}

/** The last webhook call as recorded by recordLastWebhook, or null before the first (or when the stored value is not of this shape). */
export async function getLastWebhook(): Promise<LastWebhook | null> {
  const row = await getDb().setting.findUnique({ where: { key: LAST_WEBHOOK_SETTING_KEY }, select: { value: true } });
  const parsed = lastWebhookSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}
