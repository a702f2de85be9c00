import { zonedDay } from "@/lib/dates";
import type { Role } from "@/lib/enums";
import { random } from "@/lib/random";
import type { RecurringKind } from "@/lib/revenue/mrr";
import { getDb } from "@/server/db";
import { createProject } from "@/server/services/revenue/create-project";
import { createRecurringLine } from "@/server/services/revenue/create-recurring-line";
import { ensureDefaultProjectTypes } from "@/server/services/revenue/ensure-default-project-types";
import { listProjectTypes } from "@/server/services/revenue/list-project-types";
import { updateRevenueCurrencies } from "@/server/services/revenue/update-revenue-currencies";

type Owner = { id: string; role: Role; timeZone: string };

export type DemoRevenueSummary = { projects: number; recurringLines: number };

const DAY = 86_400_000;
/** The exchange rates the demo sets (base EUR): the few clients billed in USD or GBP count in the totals. */
const DEMO_RATES = [
  { currency: "USD", rate: 0.92 },
  { currency: "GBP", rate: 1.17 },
];

/**
 * Adds revenue to the demo's client companies (status CLIENT) through the services, spread over
 * the 18 months before `now` so the MRR chart shows every movement: each client gets a paid
 * website project on its start day and a hosting line; by its place in the list (i mod 10, so
 * the first seven clients show every case) an upgrade or a downgrade (one line ends where a dearer
 * or cheaper one starts), a cancellation and, for one client, a reactivation two months later, a
 * SaaS line in USD, a quarterly retainer in GBP, an annual plan, a retainer later cancelled, SaaS
 * lines in EUR; every third client has an open
 * project whose payment is expected in the next two months (the forecast's scheduled payments).
 * Sets base currency EUR with USD and GBP rates.
 * @param owners - the demo team by user id; `admin` sets the rates.
 * @param seed - makes the amounts and dates repeatable.
 * @param now - the instant the history leads up to (UTC).
 */
export async function seedDemoRevenue({ owners, admin, seed, now }: { owners: Map<string, Owner>; admin: Owner; seed: number; now: Date }): Promise<DemoRevenueSummary> {
  const db = getDb();
  const next = random(seed + 11);
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  await updateRevenueCurrencies(admin, { baseCurrency: "EUR", rates: DEMO_RATES }, now);
  await ensureDefaultProjectTypes();
  const types = Object.fromEntries((await listProjectTypes()).map((t) => [t.name, t.id]));
  const clients = await db.company.findMany({ where: { status: "CLIENT", deletedAt: null }, orderBy: { id: "asc" }, select: { id: true, name: true, ownerId: true } });
  const summary: DemoRevenueSummary = { projects: 0, recurringLines: 0 };

  for (const [i, client] of clients.entries()) {
    const owner = (client.ownerId && owners.get(client.ownerId)) || admin;
    const day = (at: number) => zonedDay(new Date(at), owner.timeZone);
    // The client that cancels and comes back started long enough ago to do both.
    const start = now.getTime() - between(i === 1 ? 360 : 30, 540) * DAY;
    const later = (from: number) => Math.min(from + between(45, 200) * DAY, now.getTime() - 5 * DAY);
    const line = async (kind: RecurringKind, amount: number, from: number, to: number | null = null, extra: { billingPeriod?: "MONTH" | "QUARTER" | "YEAR"; currency?: string; description?: string } = {}) => {
      if (to !== null && day(to) <= day(from)) to = null;
      await createRecurringLine(owner, { companyId: client.id, kind, amount, startsDay: day(from), endsDay: to === null ? null : day(to), ...extra }, now);
      summary.recurringLines++;
    };

    await createProject(owner, { companyId: client.id, name: `${client.name} website`, typeId: types.Website, amount: between(15, 60) * 100, status: "PAID", startedDay: day(start - 30 * DAY), completedDay: day(start), paidDay: day(start) }, now);
    summary.projects++;
    if (i % 3 === 0) {
      const name = i % 2 ? "SEO" : "Redesign";
      await createProject(owner, { companyId: client.id, name: `${client.name} ${name.toLowerCase()}`, typeId: types[name], amount: between(8, 30) * 100, status: i % 2 ? "IN_PROGRESS" : "QUOTED", paymentDueDay: day(now.getTime() + between(5, 60) * DAY) }, now);
      summary.projects++;
    }

    const hosting = between(2, 6) * 10;
    const k = i % 10;
    if (k === 0 || k === 3) {
      // Upgrade (0) or downgrade (3): the hosting plan changes on one day.
      const change = later(start);
      await line("HOSTING", hosting, start, change, { description: "Hosting" });
      await line("HOSTING", k === 0 ? hosting * 2 : hosting / 2, change, null, { description: k === 0 ? "Hosting, upgraded" : "Hosting, downgraded" });
    } else if (k === 1) {
      // Cancelled; the first such client comes back two months later (a reactivation).
      const cancelled = later(start);
      await line("HOSTING", hosting, start, cancelled, { description: "Hosting" });
      if (i === 1 && cancelled + 60 * DAY < now.getTime()) await line("HOSTING", hosting, cancelled + 60 * DAY, null, { description: "Hosting, back again" });
    } else if (k === 5) {
      await line("HOSTING", hosting * 10, start, null, { billingPeriod: "YEAR", description: "Hosting, annual plan" });
    } else {
      await line("HOSTING", hosting, start, null, { description: "Managed hosting" });
    }
    if (k === 2) await line("SAAS", between(5, 20) * 10, start, null, { currency: "USD", description: "Booking app (USD)" });
    if (k === 4) await line("RETAINER", between(6, 12) * 100, start, null, { currency: "GBP", billingPeriod: "QUARTER", description: "SEO retainer (GBP)" });
    if (k === 6) await line("RETAINER", between(3, 8) * 100, start, later(start), { description: "Monthly marketing retainer" });
    if (k === 0 || k >= 7) await line("SAAS", between(3, 15) * 10 - 1, start + between(10, 90) * DAY, null, { description: "Online booking app" });
  }
  return summary;
}
