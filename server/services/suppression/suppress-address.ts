import { normalizeEmailAddress } from "@/lib/email/email-address";
import type { SuppressionReason } from "@/lib/enums";
import { getDb, type Db, type Tx } from "@/server/db";
import { isUniqueViolation } from "@/server/services/unique-violation";

/**
 * Puts `address` (trimmed, lower-cased) on the suppression list. An address already there keeps
 * its first reason (the earliest cause is the one to show), so calling this again is harmless:
 * unsubscribe links clicked twice, repeated bounce events.
 * @param entry.messageId - the email whose unsubscribe, bounce or complaint caused it.
 * @param entry.createdById - who added it by hand (MANUAL); null for automatic entries.
 * @returns whether the address was newly suppressed.
 */
export async function suppressAddress(
  address: string,
  entry: { reason: SuppressionReason; note?: string | null; messageId?: string | null; createdById?: string | null },
  db: Db | Tx = getDb(),
): Promise<boolean> {
  const normalized = normalizeEmailAddress(address);
  const existing = await db.emailSuppression.findUnique({ where: { address: normalized }, select: { id: true } });
  if (existing) return false;
  try {
    await db.emailSuppression.create({
      data: { address: normalized, reason: entry.reason, note: entry.note ?? null, messageId: entry.messageId ?? null, createdById: entry.createdById ?? null },
    });
    return true;
  } catch (error) {
    // Two events suppressing the same address at once: the other one won.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
