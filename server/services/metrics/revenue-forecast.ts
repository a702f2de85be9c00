import "server-only";
import { calendarMonths } from "@/lib/calendar-months";
import { inBaseCurrency, mrrSeries } from "@/lib/revenue/mrr";
import { sumInBase } from "@/lib/revenue/sum-in-base";
import { getDb } from "@/server/db";
import { dealMetricsWhere, revenueCompanyWhere, type MetricsFilters } from "./metrics-filters";
import { currenciesWithoutRate, loadRevenueInputs, type RevenueInputs } from "./mrr-overview";

/** One month of the revenue forecast, in minor units of the base currency. */
export type ForecastMonthRevenue = { key: string; label: string; recurring: number; weightedDeals: number; scheduledProjects: number; total: number };

/**
 * The revenue forecast for the current month and the `months - 1` after it (calendar months in
 * `filters.timeZone`), in minor units of the base currency:
 * - recurring: MRR active at the month's end (lib/revenue/mrr.ts);
 * - weightedDeals: the weighted value of deals in an OPEN stage expected to close in the month;
 * - scheduledProjects: projects not yet PAID whose payment is due in the month.
 * Amounts in a currency without an exchange rate are left out and named in `missingRates`. Owner
 * and pipeline filters apply (revenue by the company's owner, deals by theirs); the date range does not.
 * @param inputs - the recurring lines (of the same owner scope) and rates, when the caller has them already.
 */
export async function revenueForecast(filters: MetricsFilters, months = 3, inputs?: RevenueInputs): Promise<{ base: string; missingRates: string[]; months: ForecastMonthRevenue[] }> {
  const db = getDb();
  const periods = calendarMonths(filters.now, filters.timeZone, 0, months);
  const [{ lines, rates }, deals, projects] = await Promise.all([
    loadRevenueInputs(filters, inputs),
    Promise.all(
      periods.map((m) =>
        db.deal.groupBy({
          by: ["currency"],
          where: { ...dealMetricsWhere(filters), stage: { kind: "OPEN" }, expectedCloseAt: { gte: m.start, lt: m.end } },
          _sum: { weightedValue: true },
        }),
      ),
    ),
    Promise.all(
      periods.map((m) =>
        db.project.groupBy({
          by: ["currency"],
          where: { status: { not: "PAID" }, paymentDueAt: { gte: m.start, lt: m.end }, company: revenueCompanyWhere(filters) },
          _sum: { amount: true },
        }),
      ),
    ),
  ]);
  const recurring = mrrSeries(lines, periods, inBaseCurrency(rates));
  const missing = new Set(currenciesWithoutRate(lines, rates));
  const inBase = (amounts: Array<{ currency: string; amount: number }>) => {
    const { total, missingRates } = sumInBase(amounts, rates);
    for (const c of missingRates) missing.add(c);
    return total;
  };
  const rows = periods.map((m, i) => {
    const weightedDeals = inBase(deals[i].map((g) => ({ currency: g.currency, amount: Number(g._sum.weightedValue ?? 0) })));
    const scheduledProjects = inBase(projects[i].map((g) => ({ currency: g.currency, amount: Number(g._sum.amount ?? 0) })));
    return { key: m.key, label: m.label, recurring: recurring[i].end, weightedDeals, scheduledProjects, total: recurring[i].end + weightedDeals + scheduledProjects };
  });
  return { base: rates.base, missingRates: [...missing].sort(), months: rows };
}
