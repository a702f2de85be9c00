import type { z } from "zod";
import { analyticsScope } from "@/lib/analytics/analytics-filters";
import { funnelMetricsQuerySchema, mrrMetricsQuerySchema } from "@/lib/analytics/metrics-api-query";
import { zonedDay } from "@/lib/dates";
import { RECURRING_KINDS, type MrrMonth } from "@/lib/revenue/mrr";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { getConversionFunnel } from "@/server/services/analytics/conversion-funnel";
import { mrrOverview } from "@/server/services/metrics/mrr-overview";
import { defineOperation } from "../api-operation";
import { BadRequestError } from "../request-errors";
import { funnelMetricsSchema, mrrMetricsSchema } from "../schemas/metrics-schemas";

/**
 * A metrics query string parsed by `schema`: each parameter once, none unknown, every value valid
 * (unlike the UI's URL filters, nothing is silently dropped).
 * @throws BadRequestError (400) with one field error per refused parameter.
 */
function strictQuery<S extends z.ZodObject>(schema: S) {
  return {
    schema,
    parse(url: URL): z.output<S> {
      const keys = [...new Set(url.searchParams.keys())];
      const refused = [
        ...keys.filter((key) => !(key in schema.shape)).map((key) => [key, ["Unknown query parameter"]]),
        ...keys.filter((key) => url.searchParams.getAll(key).length > 1).map((key) => [key, ["Give this parameter once"]]),
      ];
      if (refused.length) throw new BadRequestError("Some query parameters are not valid", Object.fromEntries(refused));
      const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) throw new BadRequestError("Some query parameters are not valid", fieldErrorsOf(parsed.error));
      return parsed.data;
    },
  };
}

/** A key owner's view: a SALES user's metrics cover only what they own (as on /analytics). */
const ownerOf = (actor: { id: string; role: string }) => (actor.role === "SALES" ? { ownerId: actor.id } : {});

/** A month of a currency that no recurring line uses: no MRR and no movements. */
function withoutLines(month: MrrMonth): MrrMonth {
  const zero = Object.fromEntries(RECURRING_KINDS.map((k) => [k, 0])) as MrrMonth["byKind"];
  return { ...month, start: 0, end: 0, byKind: zero, movements: { new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0 }, customers: 0 };
}

/** /api/v1/metrics: read-only metrics (MRR series with movements, the conversion funnel). */
export const metricsOperations = {
  mrr: defineOperation<z.output<typeof mrrMetricsQuerySchema>, undefined>({
    method: "get",
    path: "/metrics/mrr",
    operationId: "getMrrMetrics",
    summary: "MRR series with movements",
    description:
      "MRR per calendar month (in the key owner's time zone) from the recurring lines, measured at each month's end, with ChartMogul's movements (new, expansion, reactivation, contraction, churn). Converted to the base currency with the exchange rates an admin entered, or one currency on its own. A SALES key sees the lines of companies it owns.",
    tag: "Metrics",
    scope: "read",
    query: strictQuery(mrrMetricsQuerySchema),
    responses: { 200: { description: "The series, oldest month first", schema: mrrMetricsSchema } },
    problems: [400],
    handle: async ({ actor, query, now }) => {
      const overview = await mrrOverview({ timeZone: actor.timeZone, now, ...ownerOf(actor) }, query.months ?? 12);
      if (!query.currency) return { status: 200, body: { currency: overview.base, converted: true, missingRates: overview.missingRates, months: overview.series } };
      const series = overview.byCurrency.find((c) => c.currency === query.currency)?.series ?? overview.series.map(withoutLines);
      return { status: 200, body: { currency: query.currency, converted: false, missingRates: [], months: series } };
    },
  }),
  funnel: defineOperation<z.output<typeof funnelMetricsQuerySchema>, undefined>({
    method: "get",
    path: "/metrics/funnel",
    operationId: "getFunnelMetrics",
    summary: "Conversion funnel",
    description:
      "The leads created from `from` to `to` (days in the key owner's time zone) counted at every lead status up to the furthest they reached, from their stage-change history: the open and won statuses in pipeline order (Lost is no step). A SALES key sees the leads it owns.",
    tag: "Metrics",
    scope: "read",
    query: strictQuery(funnelMetricsQuerySchema),
    responses: { 200: { description: "The funnel's steps, first status first", schema: funnelMetricsSchema } },
    problems: [400],
    handle: async ({ actor, query, now }) => {
      const scope = analyticsScope({ from: query.from, to: query.to }, actor, now);
      const steps = await getConversionFunnel(scope);
      return { status: 200, body: { from: zonedDay(scope.from, actor.timeZone), to: zonedDay(new Date(scope.to.getTime() - 1), actor.timeZone), steps } };
    },
  }),
};
