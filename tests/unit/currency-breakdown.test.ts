import { describe, expect, it } from "vitest";
import { currencyBreakdown } from "@/components/dashboard/currency-breakdown";

describe("amounts in each currency on their own", () => {
  it("lists every currency unconverted, or nothing when all are in the base currency", () => {
    expect(currencyBreakdown([{ currency: "EUR", total: 120_000 }, { currency: "USD", total: 30_000 }], "EUR")).toBe("In each currency: €1,200 · $300");
    expect(currencyBreakdown([{ currency: "EUR", total: 120_000 }], "EUR")).toBeNull();
    expect(currencyBreakdown([], "EUR")).toBeNull();
  });
});
