import { describe, expect, it } from "vitest";
import { recurringBilled, type BilledLine } from "@/lib/revenue/recurring-billed";

const line = (startsAt: string, endsAt: string | null, extra: Partial<BilledLine> = {}): BilledLine => ({
  amount: 100_00,
  billingPeriod: "MONTH",
  startsAt: new Date(startsAt),
  endsAt: endsAt ? new Date(endsAt) : null,
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe("recurringBilled", () => {
  it("bills the full amount at the start of each period up to now, nothing before its start", () => {
    const monthly = line("2026-01-10T00:00:00Z", null);
    expect(recurringBilled(monthly, at("2026-01-09T23:59:59Z"))).toBe(0);
    expect(recurringBilled(monthly, at("2026-01-10T00:00:00Z"))).toBe(100_00);
    expect(recurringBilled(monthly, at("2026-03-09T23:59:59Z"))).toBe(200_00);
    expect(recurringBilled(monthly, at("2026-03-10T00:00:00Z"))).toBe(300_00);
  });

  it("stops at the end date, which does not bill again when it falls on a renewal", () => {
    expect(recurringBilled(line("2026-01-10T00:00:00Z", "2026-03-10T00:00:00Z"), at("2027-01-01T00:00:00Z"))).toBe(200_00);
    expect(recurringBilled(line("2026-01-10T00:00:00Z", "2026-03-10T00:00:01Z"), at("2027-01-01T00:00:00Z"))).toBe(300_00);
  });

  it("bills quarterly and yearly lines every 3 and 12 months", () => {
    const quarterly = line("2025-11-15T00:00:00Z", null, { billingPeriod: "QUARTER", amount: 300_00 });
    expect(recurringBilled(quarterly, at("2026-06-15T00:00:00Z"))).toBe(900_00); // 15 Nov, 15 Feb, 15 May
    const annual = line("2025-03-01T00:00:00Z", null, { billingPeriod: "YEAR", amount: 1200_00 });
    expect(recurringBilled(annual, at("2026-02-28T23:00:00Z"))).toBe(1200_00);
    expect(recurringBilled(annual, at("2026-03-01T00:00:00Z"))).toBe(2400_00);
  });

  it("keeps the start's day of month, or the month's last day when it has none", () => {
    // 31 Jan → 28 Feb → 31 Mar → 30 Apr (not drifting to the 28th).
    const endOfMonth = line("2026-01-31T00:00:00Z", null);
    expect(recurringBilled(endOfMonth, at("2026-02-27T23:59:59Z"))).toBe(100_00);
    expect(recurringBilled(endOfMonth, at("2026-02-28T00:00:00Z"))).toBe(200_00);
    expect(recurringBilled(endOfMonth, at("2026-03-30T00:00:00Z"))).toBe(200_00);
    expect(recurringBilled(endOfMonth, at("2026-03-31T00:00:00Z"))).toBe(300_00);
    expect(recurringBilled(endOfMonth, at("2026-04-30T00:00:00Z"))).toBe(400_00);
  });

  it("counts only the billing instants inside a range (this year), still not after now", () => {
    const monthly = line("2025-11-01T00:00:00Z", null);
    const year2026 = { start: at("2026-01-01T00:00:00Z"), end: at("2027-01-01T00:00:00Z") };
    expect(recurringBilled(monthly, at("2026-04-15T00:00:00Z"), year2026)).toBe(400_00); // Jan–Apr
    expect(recurringBilled(monthly, at("2026-04-15T00:00:00Z"))).toBe(600_00);
    expect(recurringBilled(monthly, at("2028-01-01T00:00:00Z"), year2026)).toBe(1200_00);
    // A year in Nicosia starts at 22:00 UTC on 31 Dec: the 1 Jan billing is inside it.
    expect(recurringBilled(monthly, at("2026-01-01T12:00:00Z"), { start: at("2025-12-31T22:00:00Z"), end: at("2026-12-31T22:00:00Z") })).toBe(100_00);
  });
});
