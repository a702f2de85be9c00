import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { createDeal } from "@/server/services/deals/create-deal";
import { getDealForecast } from "@/server/services/deals/deal-forecast";
import { listDeals } from "@/server/services/deals/list-deals";
import { moveDeal } from "@/server/services/deals/move-deal";
import { parseDealListQuery } from "@/lib/validation/deal";
import { createDealPipeline } from "../support/board-factories";
import { createTestUser } from "../support/factories";

describe("deal forecast", () => {
  it("sums open deals by expected close month for this month and the next two, in the viewer's time zone, per currency", async () => {
    const newYork = await createTestUser("ADMIN", "America/New_York");
    const utc = await createTestUser("ADMIN", "UTC");
    const pipeline = await createDealPipeline();
    const deal = (title: string, fields: Record<string, unknown>, actor = newYork) => createDeal(actor, { title, stageId: pipeline.stages["Lead in"], ...fields });
    await deal("January", { value: 1000, expectedCloseDay: "2026-01-31" });
    // Midnight UTC on 1 February is still 31 January in New York.
    await deal("Boundary", { value: 100, expectedCloseDay: "2026-02-01" }, utc);
    await deal("March", { value: 500, expectedCloseDay: "2026-03-31", stageId: pipeline.stages.Proposal });
    await deal("February in dollars", { value: 200, currency: "USD", expectedCloseDay: "2026-02-15" });
    await deal("April (too late)", { value: 7, expectedCloseDay: "2026-04-01" });
    await deal("December (past)", { value: 7, expectedCloseDay: "2025-12-31" });
    await deal("No date", { value: 7 });
    const won = await deal("Won (closed)", { value: 7, expectedCloseDay: "2026-02-10" });
    await moveDeal(newYork, { dealId: won.id, stageId: pipeline.stages.Won, reason: "Signed" });
    const now = new Date("2026-01-20T12:00:00Z");

    const forecast = await getDealForecast(newYork, now);
    expect(forecast.months.map((m) => [m.key, m.label, m.start.toISOString(), m.end.toISOString()])).toEqual([
      ["2026-01", "Jan 2026", "2026-01-01T05:00:00.000Z", "2026-02-01T05:00:00.000Z"],
      ["2026-02", "Feb 2026", "2026-02-01T05:00:00.000Z", "2026-03-01T05:00:00.000Z"],
      // Daylight saving time starts on 8 March: April begins at 04:00 UTC.
      ["2026-03", "Mar 2026", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"],
    ]);
    const mine = forecast.pipelines.find((p) => p.pipelineId === pipeline.id)!;
    const none = { count: 0, value: 0, weightedValue: 0 };
    expect(mine.rows).toEqual([
      {
        currency: "EUR",
        months: [{ count: 2, value: 110_000, weightedValue: 11_000 }, none, { count: 1, value: 50_000, weightedValue: 25_000 }],
        total: { count: 3, value: 160_000, weightedValue: 36_000 },
      },
      { currency: "USD", months: [none, { count: 1, value: 20_000, weightedValue: 2_000 }, none], total: { count: 1, value: 20_000, weightedValue: 2_000 } },
    ]);

    // For a viewer in UTC the boundary deal closes in February.
    const inUtc = (await getDealForecast(utc, now)).pipelines.find((p) => p.pipelineId === pipeline.id)!;
    expect(inUtc.rows[0].months.map((m) => m.count)).toEqual([1, 1, 1]);
    // Every deal pipeline is listed, with or without deals.
    expect(forecast.pipelines.length).toBe(await getDb().pipeline.count({ where: { kind: "DEAL" } }));
  });

  it("sums past the 32-bit range of the money columns", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    for (const title of ["Big one", "Big two"]) await createDeal(admin, { title, value: 20_000_000, stageId: pipeline.stages.Proposal, expectedCloseDay: "2026-05-20" });
    const forecast = await getDealForecast(admin, new Date("2026-05-01T00:00:00Z"));
    expect(forecast.pipelines.find((p) => p.pipelineId === pipeline.id)!.rows[0].months[0]).toEqual({ count: 2, value: 4_000_000_000, weightedValue: 2_000_000_000 });
    const { totals } = await listDeals(parseDealListQuery({ pipeline: pipeline.id }), admin);
    expect(totals).toEqual([{ currency: "EUR", count: 2, value: 4_000_000_000, weightedValue: 2_000_000_000 }]);
  });
});
