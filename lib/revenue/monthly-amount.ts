/** A recurring line's billing period, as stored (`RecurringLine.billingPeriod`). */
export type BillingPeriod = "MONTH" | "QUARTER" | "YEAR";

/** How many months one billing period covers. */
export const MONTHS_PER_PERIOD: Record<BillingPeriod, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/**
 * A recurring amount normalised to one month, the way MRR counts it (an annual plan ÷ 12, a
 * quarterly one ÷ 3; ChartMogul, "MRR calculation"). Not rounded: callers round a customer's
 * monthly total once, so that lines of one customer do not each lose a fraction.
 * @param amount - the amount per billing period, in minor units.
 */
export function monthlyAmount(amount: number, period: BillingPeriod): number {
  return amount / MONTHS_PER_PERIOD[period];
}
