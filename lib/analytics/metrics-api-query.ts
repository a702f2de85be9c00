import { z } from "zod";
import { currencyCode, optionalDay } from "@/lib/validation/common";
import { MAX_RANGE_MONTHS } from "./range-months";

/** GET /api/v1/metrics/mrr: how many calendar months up to this one (1–60, default 12), and optionally one currency on its own. */
export const mrrMetricsQuerySchema = z.strictObject({
  months: z
    .string()
    .regex(/^\d{1,3}$/, { error: `A whole number from 1 to ${MAX_RANGE_MONTHS}` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_RANGE_MONTHS, { error: `A whole number from 1 to ${MAX_RANGE_MONTHS}` })
    .optional()
    .meta({ description: `Calendar months up to and including the current one, 1–${MAX_RANGE_MONTHS} (default 12)` }),
  currency: currencyCode.optional().meta({ description: "Only the recurring lines in this currency, unconverted; default: every line in the base currency" }),
});

/** GET /api/v1/metrics/funnel: the days (inclusive, in the key owner's time zone) whose new leads it follows. */
export const funnelMetricsQuerySchema = z
  .strictObject({
    from: optionalDay.transform((v) => v ?? undefined).meta({ description: "First day, YYYY-MM-DD (default: the first day of the month 11 months back)" }),
    to: optionalDay.transform((v) => v ?? undefined).meta({ description: "Last day, YYYY-MM-DD (default: today)" }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: "Must not be before from", path: ["to"] });
