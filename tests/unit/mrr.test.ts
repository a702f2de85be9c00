import { describe, expect, it } from "vitest";
import { calendarMonths } from "@/lib/calendar-months";
import { companyMrrAt, inBaseCurrency, mrrSeries, onlyCurrency, type MrrLine } from "@/lib/revenue/mrr";

const rates = { base: "EUR", rates: new Map([["USD", 0.9]]) };
const months = calendarMonths(new Date("2026-01-10T00:00:00Z"), "UTC", 0, 6); // Jan–Jun 2026
const line = (companyId: string, amount: number, startsAt: string, endsAt: string | null, extra: Partial<MrrLine> = {}): MrrLine => ({
  companyId,
  kind: "HOSTING",
  amount,
  currency: "EUR",
  billingPeriod: "MONTH",
  startsAt: new Date(startsAt),
  endsAt: endsAt ? new Date(endsAt) : null,
  ...extra,
});

describe("mrrSeries", () => {
  it("classifies new, expansion, contraction, churn and reactivation (hand-computed)", () => {
    const lines = [
      // A: new in Jan at 100, upgraded to 150 from 10 Feb, downgraded to 120 from 5 Apr.
      line("A", 100_00, "2026-01-15T00:00:00Z", "2026-02-10T00:00:00Z"),
      line("A", 150_00, "2026-02-10T00:00:00Z", "2026-04-05T00:00:00Z"),
      line("A", 120_00, "2026-04-05T00:00:00Z", null),
      // B: annual plan of 1,200 from Dec 2025 (100/month), cancelled 20 Mar, back 1 May.
      line("B", 1200_00, "2025-12-01T00:00:00Z", "2026-03-20T00:00:00Z", { billingPeriod: "YEAR", kind: "SAAS" }),
      line("B", 50_00, "2026-05-01T00:00:00Z", null, { kind: "SAAS" }),
    ];
    const series = mrrSeries(lines, months, inBaseCurrency(rates));
    expect(series.map((m) => m.end)).toEqual([200_00, 250_00, 150_00, 120_00, 170_00, 170_00]);
    expect(series[0].movements).toEqual({ new: 100_00, expansion: 0, reactivation: 0, contraction: 0, churn: 0 });
    expect(series[0].start).toBe(100_00);
    expect(series[1].movements).toEqual({ new: 0, expansion: 50_00, reactivation: 0, contraction: 0, churn: 0 });
    expect(series[2].movements).toEqual({ new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 100_00 });
    expect(series[3].movements).toEqual({ new: 0, expansion: 0, reactivation: 0, contraction: 30_00, churn: 0 });
    expect(series[4].movements).toEqual({ new: 0, expansion: 0, reactivation: 50_00, contraction: 0, churn: 0 });
    expect(series[4].byKind).toMatchObject({ HOSTING: 120_00, SAAS: 50_00 });
    for (const m of series) {
      const { movements: v } = m;
      expect(m.end).toBe(m.start + v.new + v.expansion + v.reactivation - v.contraction - v.churn);
    }
  });

  it("converts with the admin's rates, leaves out currencies without one, and shows a currency alone", () => {
    const lines = [line("A", 100_00, "2026-01-01T00:00:00Z", null), line("B", 100_00, "2026-01-01T00:00:00Z", null, { currency: "USD" }), line("C", 100_00, "2026-01-01T00:00:00Z", null, { currency: "GBP" })];
    expect(mrrSeries(lines, months, inBaseCurrency(rates))[0].end).toBe(190_00);
    expect(mrrSeries(lines, months, onlyCurrency("USD"))[0].end).toBe(100_00);
  });

  it("counts a quarterly plan as a third and a mid-month start in its first month", () => {
    const lines = [line("A", 300_00, "2026-03-31T12:00:00Z", null, { billingPeriod: "QUARTER" })];
    const series = mrrSeries(lines, months, inBaseCurrency(rates));
    expect(series[1].end).toBe(0);
    expect(series[2].end).toBe(100_00);
    expect(series[2].movements.new).toBe(100_00);
  });

  it("tells the company list its MRR and active kinds", () => {
    const lines = [line("A", 1200_00, "2026-01-01T00:00:00Z", null, { billingPeriod: "YEAR" }), line("A", 20_00, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", { kind: "SAAS" })];
    expect(companyMrrAt(lines, new Date("2026-03-01T00:00:00Z"), rates)).toEqual({ mrr: 100_00, hostingActive: true, saasActive: false });
  });
});
