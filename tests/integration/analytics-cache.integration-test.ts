import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ANALYTICS_TTL_MS, clearAnalyticsCache, getCachedAnalytics } from "@/server/services/analytics/cached-analytics";
import { leadStages } from "../support/factories";

const niche = "cache-test";
const scopeAt = (now: Date) => ({ timeZone: "UTC", now, niche, from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-01T00:00:00Z") });
const newLeads = async (now: Date, fresh = false) => {
  const { analytics, computedAt } = await getCachedAnalytics(scopeAt(now), { fresh });
  return { count: analytics.funnel[0]?.count ?? 0, computedAt };
};
let stages: Record<string, string>;

beforeAll(async () => {
  stages = await leadStages();
  clearAnalyticsCache();
});

const addLead = () => getDb().lead.create({ data: { name: "Cached lead", niche, stageId: stages.New, createdAt: new Date("2026-03-01T00:00:00Z") } });

describe("kept analytics figures", () => {
  it("are served for ANALYTICS_TTL_MS, then computed again; fresh and a cleared cache compute at once", async () => {
    const t0 = new Date("2026-06-15T12:00:00Z");
    await addLead();
    expect(await newLeads(t0)).toEqual({ count: 1, computedAt: t0 });
    await addLead();
    const later = new Date(t0.getTime() + ANALYTICS_TTL_MS - 1);
    expect(await newLeads(later)).toEqual({ count: 1, computedAt: t0 });
    const expired = new Date(t0.getTime() + ANALYTICS_TTL_MS);
    expect(await newLeads(expired)).toEqual({ count: 2, computedAt: expired });
    await addLead();
    const t1 = new Date(expired.getTime() + 1000);
    expect(await newLeads(t1, true)).toEqual({ count: 3, computedAt: t1 });
    await addLead();
    clearAnalyticsCache();
    const t2 = new Date(t1.getTime() + 1000);
    expect(await newLeads(t2)).toEqual({ count: 4, computedAt: t2 });
  });
});
