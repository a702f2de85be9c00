import type { Period } from "@/lib/periods";
import { toBaseCurrency, type ExchangeRates } from "./exchange";
import { companyMrrAt, type MrrLine } from "./mrr";
import { recurringBilled } from "./recurring-billed";

/** A paid project as revenue counts it: amount in minor units of `currency`, and when it was paid. */
export type PaidProject = { amount: number; currency: string; paidAt: Date | null };

/** Revenue figures in minor units of one currency. */
export type RevenueFigures = { lifetime: number; thisYear: number; mrr: number };

/** A company's revenue: each currency on its own, and the total in the base currency. */
export type CompanyRevenue = {
  byCurrency: Array<{ currency: string } & RevenueFigures>;
  base: { currency: string } & RevenueFigures;
  /** Currencies with amounts but no exchange rate: left out of the base total. */
  missingRates: string[];
  hostingActive: boolean;
  saasActive: boolean;
};

/**
 * A company's revenue figures at `now`, in minor units (rounded once per figure):
 * - lifetime: paid projects plus recurring revenue billed to date (recurringBilled);
 * - this year: projects paid in `year` plus recurring revenue billed in it;
 * - MRR: the lines active at `now`, normalised to a month (companyMrrAt).
 * Each currency is summed on its own; the base total converts with `rates` and leaves out (and
 * names in `missingRates`) currencies without a rate.
 * @param projects - the company's PAID projects.
 * @param lines - the company's recurring lines.
 * @param year - this year in the viewer's time zone (lib/periods.ts yearPeriod).
 */
export function companyRevenue({ projects, lines }: { projects: readonly PaidProject[]; lines: readonly MrrLine[] }, now: Date, year: Period, rates: ExchangeRates): CompanyRevenue {
  const exact = new Map<string, { lifetime: number; thisYear: number }>();
  const add = (currency: string, lifetime: number, thisYear: number) => {
    const figures = exact.get(currency) ?? { lifetime: 0, thisYear: 0 };
    exact.set(currency, { lifetime: figures.lifetime + lifetime, thisYear: figures.thisYear + thisYear });
  };
  for (const p of projects) add(p.currency, p.amount, p.paidAt && p.paidAt >= year.start && p.paidAt < year.end && p.paidAt <= now ? p.amount : 0);
  for (const line of lines) add(line.currency, recurringBilled(line, now), recurringBilled(line, now, year));

  const byCurrency = [...exact.entries()]
    .sort(([a], [b]) => (a === rates.base ? -1 : b === rates.base ? 1 : a.localeCompare(b)))
    .map(([currency, figures]) => ({
      currency,
      lifetime: Math.round(figures.lifetime),
      thisYear: Math.round(figures.thisYear),
      mrr: companyMrrAt(lines.filter((l) => l.currency === currency), now, { base: currency, rates: new Map() }).mrr,
    }));
  const missingRates = byCurrency.map((c) => c.currency).filter((c) => toBaseCurrency(0, c, rates) === null);
  let lifetime = 0;
  let thisYear = 0;
  for (const [currency, figures] of exact) {
    lifetime += toBaseCurrency(figures.lifetime, currency, rates) ?? 0;
    thisYear += toBaseCurrency(figures.thisYear, currency, rates) ?? 0;
  }
  const { mrr, hostingActive, saasActive } = companyMrrAt(lines, now, rates);
  return { byCurrency, base: { currency: rates.base, lifetime: Math.round(lifetime), thisYear: Math.round(thisYear), mrr }, missingRates, hostingActive, saasActive };
}
