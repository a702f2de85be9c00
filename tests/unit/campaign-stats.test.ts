import { describe, expect, it } from "vitest";
import { assignVariants, splitCounts } from "@/lib/campaigns/assign-variants";
import { abVerdict, campaignRates, type CampaignCounts } from "@/lib/campaigns/campaign-stats";
import { normalCdf, twoProportionZTest } from "@/lib/campaigns/two-proportion-z-test";
import { zonedDateTimeToUtc } from "@/lib/campaigns/zoned-date-time";

describe("the pooled two-proportion z-test", () => {
  it("matches known values", () => {
    // 40/200 against 20/200: p̂ = 0.15, SE = √(0.15·0.85·(2/200)) = 0.035707, z = 0.1 / SE = 2.8006, p = 0.0051.
    const strong = twoProportionZTest({ successes1: 40, trials1: 200, successes2: 20, trials2: 200 });
    expect(strong.z).toBeCloseTo(2.8006, 3);
    expect(strong.pValue).toBeCloseTo(0.0051, 4);
    expect(strong.significant).toBe(true);
    // 22/200 against 20/200: z = 0.3262, p = 0.7443 — not significant.
    const weak = twoProportionZTest({ successes1: 22, trials1: 200, successes2: 20, trials2: 200 });
    expect(weak.z).toBeCloseTo(0.3262, 3);
    expect(weak.pValue).toBeCloseTo(0.7443, 3);
    expect(weak.significant).toBe(false);
    // Just either side of z = 1.96 (p = 0.05).
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
  });

  it("says not significant without data, without variance, or with too few successes", () => {
    expect(twoProportionZTest({ successes1: 0, trials1: 0, successes2: 3, trials2: 10 })).toEqual({ z: 0, pValue: 1, significant: false });
    expect(twoProportionZTest({ successes1: 0, trials1: 50, successes2: 0, trials2: 50 }).significant).toBe(false);
    expect(twoProportionZTest({ successes1: 4, trials1: 5, successes2: 0, trials2: 5 }).significant).toBe(false);
  });
});

const counts = (delivered: number, opened: number, clicked: number): CampaignCounts => ({ recipients: delivered, suppressed: 0, failed: 0, queued: 0, sent: delivered, delivered, opened, clicked, bounced: 0, complained: 0, unsubscribed: 0 });
const variant = (label: string, c: CampaignCounts) => ({ label, counts: c, rates: campaignRates(c) });

describe("the A/B verdict", () => {
  it("decides on clicks once there are any, else on opens, and names a leader only when significant", () => {
    expect(abVerdict([variant("A", counts(200, 80, 40)), variant("B", counts(200, 80, 20))])).toMatchObject({ metric: "click", leader: "A" });
    expect(abVerdict([variant("A", counts(200, 90, 0)), variant("B", counts(200, 40, 0))])).toMatchObject({ metric: "open", leader: "A" });
    expect(abVerdict([variant("A", counts(200, 80, 21)), variant("B", counts(200, 80, 20))])).toMatchObject({ leader: null });
    expect(abVerdict([variant("A", counts(10, 1, 1))])).toBeNull();
  });
});

describe("the variant split", () => {
  it("gives each variant its share exactly and deterministically", () => {
    expect(splitCounts([{ label: "A", percent: 33 }, { label: "B", percent: 33 }, { label: "C", percent: 34 }], 10)).toEqual([3, 3, 4]);
    const addresses = Array.from({ length: 1001 }, (_, i) => `p${i}@example.com`);
    const split = [{ label: "A", percent: 50 }, { label: "B", percent: 50 }];
    const first = assignVariants(addresses, split, "c1");
    expect([...first.values()].filter((l) => l === "A")).toHaveLength(501);
    expect(assignVariants([...addresses].reverse(), split, "c1")).toEqual(first);
    expect(assignVariants(addresses, split, "c2")).not.toEqual(first);
  });
});

describe("a schedule's wall-clock time", () => {
  it("is read in the sender's time zone", () => {
    expect(zonedDateTimeToUtc("2026-07-01T09:30", "Europe/Nicosia")?.toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(zonedDateTimeToUtc("2026-02-30T09:30", "UTC")).toBeNull();
    expect(zonedDateTimeToUtc("tomorrow", "UTC")).toBeNull();
  });
});
