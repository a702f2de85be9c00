import { getDb } from "@/server/db";
import { tokenBalance } from "@/server/services/gamification/ledger";

/** The transactions shown per page of the token history. */
export const TOKEN_TRANSACTIONS_PAGE_SIZE = 25;

/** One line of the token history: what paid or was bought, and the tokens (negative for a purchase). */
export type TokenTransaction = { id: string; rule: string; sourceType: string; note: string | null; tokens: number; xp: number; occurredAt: Date };

/**
 * A page of the user's token history: the ledger entries that moved tokens (tokens ≠ 0), newest
 * first (occurredAt, then id), with the balance and the number of pages.
 * @param page - 1-based; a page past the end is empty.
 */
export async function listTokenTransactions(userId: string, page: number): Promise<{ balance: number; rows: TokenTransaction[]; page: number; pages: number; total: number }> {
  const db = getDb();
  const where = { userId, tokens: { not: 0 } };
  const [balance, total, rows] = await Promise.all([
    tokenBalance(db, userId),
    db.gameLedgerEntry.count({ where }),
    db.gameLedgerEntry.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * TOKEN_TRANSACTIONS_PAGE_SIZE,
      take: TOKEN_TRANSACTIONS_PAGE_SIZE,
      select: { id: true, rule: true, sourceType: true, note: true, tokens: true, xp: true, occurredAt: true },
    }),
  ]);
  return { balance, rows, page, pages: Math.max(1, Math.ceil(total / TOKEN_TRANSACTIONS_PAGE_SIZE)), total };
}
