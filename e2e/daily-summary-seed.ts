/**
 * Test data for e2e/19-daily-summary.spec.ts, on the e2e database (DATABASE_URL, set by the spec).
 * Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/daily-summary-seed.ts follow-ups <tag>
 *     → {}: three leads of the admin named with `tag`, two with a follow-up today and one overdue
 *       (days in the admin's time zone)
 *   … users <tag> <ISO instant> → { optedIn, optedOut }: two sales users with addresses, one opted in with send
 *       hour 0 and one left at the default (off), in a time zone where it is a weekday at that instant when
 *       there is one (else UTC: the summary then goes to nobody)
 *   … state → { users: [{ email, role, timeZone, dailySummaryEnabled, dailySummaryHour, summaries: [localDate] }] }
 */
import { isSummaryDue } from "@/lib/daily-summary/summary-schedule";
import { dayPeriod } from "@/lib/periods";
import { disconnectDb, getDb } from "@/server/db";
import { createLead } from "@/server/services/leads/create-lead";
import { ADMIN } from "./support";

async function main([command, tag]: string[]): Promise<unknown> {
  const db = getDb();
  if (command === "state") {
    const users = await db.user.findMany({
      where: { email: { not: null } },
      select: { email: true, role: true, timeZone: true, dailySummaryEnabled: true, dailySummaryHour: true, dailySummaries: { select: { localDate: true } } },
    });
    return { users: users.map(({ dailySummaries, ...user }) => ({ ...user, summaries: dailySummaries.map((s) => s.localDate) })) };
  }
  if (command === "users") {
    // The instant the spec will call the cron route at (its test clock), a weekday.
    const now = new Date(process.argv[4]);
    const timeZone = Intl.supportedValuesOf("timeZone").find((tz) => isSummaryDue(now, tz, 0)) ?? "UTC";
    const make = (name: string, enabled: boolean | null) =>
      db.user.create({ data: { email: `${name}.${tag.toLowerCase()}@e2e.example`, name: `${name} ${tag}`, role: "SALES", timeZone, dailySummaryEnabled: enabled, dailySummaryHour: 0 }, select: { email: true } });
    return { optedIn: (await make("optin", true)).email, optedOut: (await make("default", null)).email, timeZone };
  }
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, role: true, timeZone: true } });
  const today = dayPeriod(new Date(), admin.timeZone);
  const at = [new Date(today.start.getTime() + 60_000), new Date(today.end.getTime() - 60_000), new Date(today.start.getTime() - 60_000)];
  for (const [i, nextActionAt] of at.entries()) {
    const { id } = await createLead(admin, { name: `${tag} Follow-up ${i + 1}` });
    await db.lead.update({ where: { id }, data: { nextActionAt } });
  }
  return {};
}

main(process.argv.slice(2))
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
