import { describe, expect, it } from "vitest";
import { DEMO_MARKETS, internationalPhone } from "@/lib/demo/markets";

const market = (country: string) => DEMO_MARKETS.find((m) => m.country === country)!;

describe("internationalPhone", () => {
  it("writes national numbers the international way, dropping brackets and the trunk prefix where the country has one", () => {
    expect(internationalPhone("020 7946 0000", market("United Kingdom"))).toBe("+44 20 7946 0000");
    expect(internationalPhone("(512) 555-0100", market("United States"))).toBe("+1 512 555-0100");
    expect(internationalPhone("(02) 9876 5432", market("Australia"))).toBe("+61 2 9876 5432");
    expect(internationalPhone("06 1234 5678", market("Italy"))).toBe("+39 06 1234 5678");
    expect(internationalPhone("26 321000", market("Cyprus"))).toBe("+357 26 321000");
  });
});

describe("demo markets", () => {
  it("have weighted cities with national phone patterns of at least six digits", () => {
    for (const m of DEMO_MARKETS) {
      expect(m.weight, m.country).toBeGreaterThan(0);
      expect(m.cities.length, m.country).toBeGreaterThan(0);
      for (const pattern of [m.mobile, ...m.cities.map((c) => c.phone)].filter(Boolean)) {
        expect(pattern!.replace(/[^#\d]/g, "").length, `${m.country} ${pattern}`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
