import "server-only";
import { dailySummaryOptedIn, isSummaryDue, localMoment } from "@/lib/daily-summary/summary-schedule";
import { normalizeEmailAddress } from "@/lib/email/email-address";
import { getDb } from "@/server/db";
import { findSuppressedAddresses } from "@/server/services/suppression/find-suppression";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { deliverDailySummaries, type SummaryDelivery } from "./deliver-daily-summaries";
import { loadSummaryRevenue } from "./load-summary-revenue";

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
 * call that loses the race to insert it skips the user. The summaries then go out together
 * (deliverDailySummaries: Resend's batch API, up to 100 a request) and each row gets its
 * EmailMessage's id. A summary that was not sent (it could not be built, or Resend refused or
 * failed its batch) has its row deleted again so the next call retries it. Suppressed addresses
 * are skipped, as every send skips them.
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
  const rowIds = new Map<string, string>();
  const claimed: typeof due = [];
  for (const user of due) {
    if (done.has(`${user.id}/${user.localDate}`) || suppressed.has(normalizeEmailAddress(user.email))) {
      run.skipped++;
      continue;
    }
    try {
      rowIds.set(user.id, (await db.dailySummary.create({ data: { userId: user.id, localDate: user.localDate }, select: { id: true } })).id);
      claimed.push(user);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      run.skipped++; // another call took this user's day first
    }
  }
  if (claimed.length === 0) return run;

  let deliveries: SummaryDelivery[];
  try {
    deliveries = await deliverDailySummaries(claimed, now, await loadSummaryRevenue());
  } catch (error) {
    await db.dailySummary.deleteMany({ where: { id: { in: [...rowIds.values()] } } }); // give the days back
    throw error;
  }
  for (const delivery of deliveries) {
    const rowId = rowIds.get(delivery.userId)!;
    if (delivery.messageId === null) {
      await db.dailySummary.delete({ where: { id: rowId } });
      console.error(`daily summary: sending to user ${delivery.userId} failed; the next call retries: ${delivery.error}`);
      run.failed++;
    } else {
      await db.dailySummary.update({ where: { id: rowId }, data: { emailMessageId: delivery.messageId } });
      run.sent++;
    }
  }
  return run;
}
