import { normalizeEmailAddress } from "@/lib/email/email-address";
import type { SuppressionReason } from "@/lib/enums";
import { getDb, type Db, type Tx } from "@/server/db";

/** Why an address is suppressed, and since when. */
export type Suppression = { address: string; reason: SuppressionReason; note: string | null; createdAt: Date };

/**
 * The suppression of `address` (compared trimmed and lower-cased), or null when email may go
 * to it. Every send checks this first.
 */
export async function findSuppression(address: string, db: Db | Tx = getDb()): Promise<Suppression | null> {
  return db.emailSuppression.findUnique({
    where: { address: normalizeEmailAddress(address) },
    select: { address: true, reason: true, note: true, createdAt: true },
  });
}

/** The suppressed addresses among `addresses` (normalized), for checking a campaign's audience in one query. */
export async function findSuppressedAddresses(addresses: readonly string[], db: Db | Tx = getDb()): Promise<Set<string>> {
  const normalized = [...new Set(addresses.map(normalizeEmailAddress))];
  const found = new Set<string>();
  for (let i = 0; i < normalized.length; i += 500) {
    const rows = await db.emailSuppression.findMany({ where: { address: { in: normalized.slice(i, i + 500) } }, select: { address: true } });
    for (const row of rows) found.add(row.address);
  }
  return found;
}
