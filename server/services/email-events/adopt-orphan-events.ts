import { getDb } from "@/server/db";

/** How long an orphan may still find its email: Resend can report an email before its send call has returned and stored its id. */
export const ORPHAN_ADOPTION_WINDOW_MS = 10 * 60 * 1000;
/** Most recent orphans looked at per drain. */
const ORPHANS_CHECKED = 500;

/**
 * Queues again the recent orphan events whose email is now known: an `email.sent` can arrive
 * while the send that caused it is still storing Resend's id, and would otherwise stay an orphan.
 * Orphans processed in the last ORPHAN_ADOPTION_WINDOW_MS are checked (at most ORPHANS_CHECKED);
 * those whose `email_id` now matches an EmailMessage are marked unprocessed, for the drain that
 * follows. Replies (email.received) are not about a sent email and are left alone.
 * @param now - the drain's clock.
 * @returns how many events were queued again.
 */
export async function adoptOrphanEvents(now: Date): Promise<number> {
  const db = getDb();
  const orphans = await db.emailEvent.findMany({
    where: { processedAt: { gte: new Date(now.getTime() - ORPHAN_ADOPTION_WINDOW_MS) }, outcome: "ORPHAN", providerEmailId: { not: null }, type: { not: "email.received" } },
    orderBy: [{ processedAt: "desc" }],
    take: ORPHANS_CHECKED,
    select: { id: true, providerEmailId: true },
  });
  if (!orphans.length) return 0;
  const ids = [...new Set(orphans.map((orphan) => orphan.providerEmailId as string))];
  const known = new Set((await db.emailMessage.findMany({ where: { providerId: { in: ids } }, select: { providerId: true } })).map((m) => m.providerId));
  const adopted = orphans.filter((orphan) => known.has(orphan.providerEmailId)).map((orphan) => orphan.id);
  if (!adopted.length) return 0;
  const { count } = await db.emailEvent.updateMany({ where: { id: { in: adopted }, outcome: "ORPHAN" }, data: { processedAt: null, outcome: null } });
  return count;
}
