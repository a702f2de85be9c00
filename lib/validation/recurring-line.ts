import { z } from "zod";
import { RECURRING_KINDS } from "@/lib/revenue/mrr";
import { currencyCode, optionalDay, optionalText, recordIdSchema } from "./common";
import { filterText } from "./list-query";
import { revenueAmount } from "./project";

/** How often a recurring line bills (`RecurringLine.billingPeriod`). */
export const BILLING_PERIODS = ["MONTH", "QUARTER", "YEAR"] as const;

/** A required calendar day "YYYY-MM-DD". */
const requiredDay = optionalDay.refine((v) => v !== null, { error: "Choose a date" }).transform((v) => v as string);

const lineFields = {
  kind: z.enum(RECURRING_KINDS, { error: "Choose hosting, SaaS, retainer or other" }),
  description: optionalText(300),
  amount: revenueAmount({ positive: true }),
  currency: currencyCode.default("EUR"),
  billingPeriod: z.enum(BILLING_PERIODS, { error: "Choose month, quarter or year" }).default("MONTH"),
  startsDay: requiredDay,
  endsDay: optionalDay,
};

/** endsDay, when given, must come after startsDay (both "YYYY-MM-DD", so they compare as text). */
function endsAfterStart(line: { startsDay: string; endsDay: string | null }, ctx: z.RefinementCtx): void {
  if (line.endsDay !== null && line.endsDay <= line.startsDay) ctx.addIssue({ code: "custom", path: ["endsDay"], message: "Must be after the start date" });
}

/**
 * A recurring revenue line as entered in its form or the REST API (the same schema in the
 * browser and the service layer).
 * - `amount` is per billing period, in **major** units, more than 0; MRR divides it by 1, 3 or 12.
 * - `startsDay`, `endsDay`: calendar days in the acting user's time zone (stored as that
 *   midnight, UTC); `endsDay` is the end or cancellation day (exclusive), after `startsDay`.
 */
export const recurringLineInputSchema = z.object(lineFields).superRefine(endsAfterStart);
export type RecurringLineInput = z.input<typeof recurringLineInputSchema>;
export type RecurringLineData = z.output<typeof recurringLineInputSchema>;

/** A new recurring line: its fields and the company it bills. */
export const newRecurringLineSchema = z.object({ ...lineFields, companyId: recordIdSchema.meta({ description: "The client company" }) }).superRefine(endsAfterStart);
export type NewRecurringLineInput = z.input<typeof newRecurringLineSchema>;

/** "Cancel" on a recurring line: the day it ends (the acting user's time zone), after its start. */
export const cancelRecurringLineSchema = z.object({ endsDay: requiredDay });

/** The filters of the recurring lines list (REST API): a company and a kind. */
export const recurringLineListFiltersSchema = z.object({
  companyId: filterText,
  kind: z.enum(RECURRING_KINDS).optional().catch(undefined),
});
export type RecurringLineListFilters = z.output<typeof recurringLineListFiltersSchema>;
