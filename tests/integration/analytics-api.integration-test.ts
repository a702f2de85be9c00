import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { funnelMetricsSchema, mrrMetricsSchema } from "@/server/api/schemas/metrics-schemas";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser, leadStages, type TestActor } from "../support/factories";

let admin: TestActor;
let readToken: string;

beforeAll(async () => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  admin = await createTestUser("ADMIN");
  readToken = await apiToken(admin, "READ");
  const company = await getDb().company.create({ data: { name: "Hosted", status: "CLIENT" } });
  // €30 a month from the 10th three months back, $10 a month from the 10th of last month (each counts from its first month's end).
  const monthsAgo = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - n, 10));
  await getDb().recurringLine.create({ data: { companyId: company.id, kind: "HOSTING", amount: 3000, currency: "EUR", startsAt: monthsAgo(3) } });
  await getDb().recurringLine.create({ data: { companyId: company.id, kind: "SAAS", amount: 1000, currency: "USD", startsAt: monthsAgo(1) } });
  const stages = await leadStages();
  const lead = await getDb().lead.create({ data: { name: "Funnel lead", stageId: stages.New } });
  await changeLeadStage(admin, lead.id, stages.Replied);
});

describe("GET /api/v1/metrics", () => {
  it("mrr: the series with movements in the base currency (a READ key), or one currency on its own", async () => {
    const { status, body } = await readJson(await callApi("GET", "/api/v1/metrics/mrr?months=5", { token: readToken }));
    expect(status).toBe(200);
    const parsed = mrrMetricsSchema.parse(body);
    expect(parsed.converted).toBe(true);
    expect(parsed.missingRates).toEqual(["USD"]);
    expect(parsed.months.map((m) => m.end)).toEqual([0, 3000, 3000, 3000, 3000]);
    expect(parsed.months[1].movements.new).toBe(3000);

    const usd = mrrMetricsSchema.parse((await readJson(await callApi("GET", "/api/v1/metrics/mrr?months=3&currency=usd", { token: readToken }))).body);
    expect(usd).toMatchObject({ currency: "USD", converted: false, missingRates: [] });
    expect(usd.months.map((m) => m.end)).toEqual([0, 1000, 1000]);
    const none = mrrMetricsSchema.parse((await readJson(await callApi("GET", "/api/v1/metrics/mrr?months=2&currency=JPY", { token: readToken }))).body);
    expect(none.months.map((m) => m.end)).toEqual([0, 0]);
  });

  it("funnel: counts per status from the stage history over a day range", async () => {
    const { status, body } = await readJson(await callApi("GET", "/api/v1/metrics/funnel", { token: readToken }));
    expect(status).toBe(200);
    const parsed = funnelMetricsSchema.parse(body);
    expect(parsed.steps.slice(0, 4).map((s) => [s.name, s.count])).toEqual([["New", 1], ["Contacted", 1], ["Replied", 1], ["Qualified", 0]]);
    const past = funnelMetricsSchema.parse((await readJson(await callApi("GET", "/api/v1/metrics/funnel?from=2020-01-01&to=2020-12-31", { token: readToken }))).body);
    expect(past).toMatchObject({ from: "2020-01-01", to: "2020-12-31" });
    expect(past.steps[0].count).toBe(0);
  });

  it("refuses bad query parameters with 400 problem details naming them", async () => {
    const cases: Array<[string, string]> = [
      ["/api/v1/metrics/mrr?months=0", "months"],
      ["/api/v1/metrics/mrr?months=61", "months"],
      ["/api/v1/metrics/mrr?months=1.5", "months"],
      ["/api/v1/metrics/mrr?months=abc", "months"],
      ["/api/v1/metrics/mrr?months=1&months=2", "months"],
      ["/api/v1/metrics/mrr?currency=EURO", "currency"],
      ["/api/v1/metrics/mrr?currency=%00%00%00", "currency"],
      ["/api/v1/metrics/mrr?cursor=x", "cursor"],
      ["/api/v1/metrics/funnel?from=2026-02-30", "from"],
      ["/api/v1/metrics/funnel?to=yesterday", "to"],
      ["/api/v1/metrics/funnel?from=2026-03-01&to=2026-02-01", "to"],
      ["/api/v1/metrics/funnel?niche=x", "niche"],
      [`/api/v1/metrics/funnel?from=${"9".repeat(5000)}`, "from"],
    ];
    for (const [url, field] of cases) {
      const response = await callApi("GET", url, { token: readToken });
      expect(response.status, url).toBe(400);
      expect(response.headers.get("content-type"), url).toContain("application/problem+json");
      const body = await response.json();
      expect(Object.keys(body.errors ?? {}), url).toContain(field);
    }
  });
});
