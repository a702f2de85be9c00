import { z } from "zod";
import { RECURRING_KINDS } from "@/lib/revenue/mrr";
import { currency, id } from "./common-schemas";

const minor = z.number().int().meta({ description: "Minor units (cents) of the series' currency" });
const rate = z.number().nullable().meta({ description: "A fraction 0–1; null when its denominator is 0" });

/** The MRR series (lib/revenue/mrr.ts), each month with its ChartMogul movements. */
export const mrrMetricsSchema = z
  .strictObject({
    currency,
    converted: z.boolean().meta({ description: "true: every line converted to the base currency; false: only the lines in `currency`" }),
    missingRates: z.array(currency).meta({ description: "Currencies without an exchange rate, left out of a converted series" }),
    months: z.array(
      z.strictObject({
        key: z.string().meta({ description: "The calendar month, YYYY-MM, in the key owner's time zone" }),
        label: z.string(),
        start: minor.meta({ description: "MRR at the end of the month before" }),
        end: minor.meta({ description: "MRR at the end of the month = start + new + expansion + reactivation − contraction − churn" }),
        byKind: z.strictObject(Object.fromEntries(RECURRING_KINDS.map((k) => [k, minor])) as Record<(typeof RECURRING_KINDS)[number], typeof minor>),
        movements: z.strictObject({ new: minor, expansion: minor, reactivation: minor, contraction: minor, churn: minor }),
        customers: z.number().int().meta({ description: "Companies with MRR above 0 at the end of the month" }),
      }),
    ),
  })
  .meta({ id: "MrrMetrics" });

/** The conversion funnel of the leads created in a range (lib/analytics/funnel.ts). */
export const funnelMetricsSchema = z
  .strictObject({
    from: z.string().meta({ description: "First day, YYYY-MM-DD" }),
    to: z.string().meta({ description: "Last day, YYYY-MM-DD" }),
    steps: z.array(
      z.strictObject({
        stageId: id,
        name: z.string(),
        count: z.number().int().meta({ description: "Leads that reached this status or a later one" }),
        fromPrevious: rate.meta({ description: "count ÷ the previous step's count (null on the first step)" }),
        fromFirst: rate.meta({ description: "count ÷ the first step's count" }),
      }),
    ),
  })
  .meta({ id: "FunnelMetrics" });
