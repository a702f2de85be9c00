import "server-only";
import { dailySummaryOptedIn, isSummaryDue, localMoment } from "@/lib/daily-summary/summary-schedule";
import { normalizeEmailAddress } from "@/lib/email/email-address";
import { getDb } from "@/server/db";
import { findSuppressedAddresses } from "@/server/services/suppression/find-suppression";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { deliverDailySummary } from "./deliver-daily-summary";
import { loadSummaryRevenue, type SummaryRevenueInputs } from "./load-summary-revenue";

/** What one run did: summaries sent, due ones skipped (already sent that day, or the address is suppressed), and sends that failed. */
export type DailySummaryRun = { sent: number; skipped: number; failed: number };

/**
 * Sends the daily summary to every user it is due for at `now` (issue 11 §5) — the body of
 * `GET /api/cron/daily-summary` and of the DAILY_SUMMARY job, both hourly. A user gets it when
 * they have an email address, opted in (or, having never chosen, are an admin:
 * dailySummaryOptedIn), it is Monday to Friday in their time zone and their local hour has reached
 * their send hour (isSummaryDue), and no DailySummary row exists for their local date. Because
 * the check is "reached", not "equals", a later call the same local day catches up a run that was
 * skipped.
 *
 * Once per user per local day, however often and however concurrently it is called: the
 * DailySummary row (unique on userId + localDate) is inserted before the email is sent, and a
 * call that loses the race to insert it skips the user. The row then gets the EmailMessage's id.
 * If the send throws (Resend refused or failed), the row is deleted again so the next call
 * retries, and the run goes on with the next user. Suppressed addresses are skipped, as every
 * send skips them.
 * @param now - the current instant (injected so tests control the clock).
 * @returns the counts; users for whom nothing is due are not counted.
 */
export async function sendDailySummaries({ now = new Date() }: { now?: Date } = {}): Promise<DailySummaryRun> {
  const db = getDb();
  const users = await db.user.findMany({
    where: { email: { not: null } },
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true, role: true, timeZone: true, dailySummaryEnabled: true, dailySummaryHour: true },
  });
  const due = users
    .filter((user) => dailySummaryOptedIn(user) && isSummaryDue(now, user.timeZone, user.dailySummaryHour))
    .map((user) => ({ ...user, email: user.email!, localDate: localMoment(now, user.timeZone).localDate }));
  const run: DailySummaryRun = { sent: 0, skipped: 0, failed: 0 };
  if (due.length === 0) return run;

  const existing = await db.dailySummary.findMany({
    where: { userId: { in: due.map((u) => u.id) }, localDate: { in: [...new Set(due.map((u) => u.localDate))] } },
    select: { userId: true, localDate: true },
  });
  const done = new Set(existing.map((row) => `${row.userId}/${row.localDate}`));
  const suppressed = await findSuppressedAddresses(due.map((u) => u.email));
  let revenue: SummaryRevenueInputs | undefined;

  for (const user of due) {
    if (done.has(`${user.id}/${user.localDate}`) || suppressed.has(normalizeEmailAddress(user.email))) {
      run.skipped++;
      continue;
    }
    let rowId: string;
    try {
      ({ id: rowId } = await db.dailySummary.create({ data: { userId: user.id, localDate: user.localDate }, select: { id: true } }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      run.skipped++; // another call took this user's day first
      continue;
    }
    let messageId: string;
    try {
      revenue ??= await loadSummaryRevenue();
      ({ messageId } = await deliverDailySummary(user, now, revenue));
    } catch (error) {
      await db.dailySummary.delete({ where: { id: rowId } });
      console.error(`daily summary: sending to user ${user.id} failed; the next call retries`, error);
      run.failed++;
      continue;
    }
    await db.dailySummary.update({ where: { id: rowId }, data: { emailMessageId: messageId } });
    run.sent++;
  }
  return run;
}
