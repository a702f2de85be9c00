import { forecastMonths, type ForecastMonth } from "@/lib/deals/forecast-months";
import { getDb } from "@/server/db";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";

/** Open deals expected to close in one month: how many, and their value and weighted value (minor units). */
export type ForecastCell = { count: number; value: number; weightedValue: number };
/** One pipeline's forecast: a row per currency its deals use, a cell per month and the row's total. */
export type PipelineForecast = { pipelineId: string; pipelineName: string; rows: Array<{ currency: string; months: ForecastCell[]; total: ForecastCell }> };

const empty = (): ForecastCell => ({ count: 0, value: 0, weightedValue: 0 });

/**
 * The forecast of every deal pipeline: the sums of the value and the weighted value of its open
 * deals (in an OPEN stage) by expected close month, for the current month and the two after it in
 * the viewer's time zone. Amounts are summed per currency, never converted.
 * @param viewer - whose time zone defines the months.
 * @param now - the current instant.
 */
export async function getDealForecast(viewer: { timeZone: string }, now = new Date()): Promise<{ months: ForecastMonth[]; pipelines: PipelineForecast[] }> {
  const db = getDb();
  const months = forecastMonths(now, viewer.timeZone);
  const [pipelines, ...perMonth] = await Promise.all([
    listDealPipelines(),
    ...months.map((m) =>
      db.deal.groupBy({
        by: ["pipelineId", "currency"],
        where: { stage: { kind: "OPEN" }, expectedCloseAt: { gte: m.start, lt: m.end } },
        _count: { _all: true },
        _sum: { value: true, weightedValue: true },
      }),
    ),
  ]);
  const rows = new Map<string, Map<string, ForecastCell[]>>();
  perMonth.forEach((groups, i) => {
    for (const g of groups) {
      const byCurrency = rows.get(g.pipelineId) ?? new Map<string, ForecastCell[]>();
      rows.set(g.pipelineId, byCurrency);
      const cells = byCurrency.get(g.currency) ?? months.map(empty);
      byCurrency.set(g.currency, cells);
      cells[i] = { count: g._count._all, value: Number(g._sum.value ?? 0), weightedValue: Number(g._sum.weightedValue ?? 0) };
    }
  });
  return {
    months,
    pipelines: pipelines.map((p) => ({
      pipelineId: p.id,
      pipelineName: p.name,
      rows: [...(rows.get(p.id) ?? new Map<string, ForecastCell[]>())]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, cells]) => ({
          currency,
          months: cells,
          total: cells.reduce((t, c) => ({ count: t.count + c.count, value: t.value + c.value, weightedValue: t.weightedValue + c.weightedValue }), empty()),
        })),
    })),
  };
}
