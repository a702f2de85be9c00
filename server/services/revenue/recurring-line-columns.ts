import { zonedDayStart } from "@/lib/dates";
import { toMinorUnits } from "@/lib/money";
import type { RecurringLineData } from "@/lib/validation/recurring-line";

/** The columns written for a validated recurring line: amount in minor units, the days as midnight in `timeZone` (UTC instants). */
export function recurringLineColumns(data: RecurringLineData, timeZone: string) {
  return {
    kind: data.kind,
    description: data.description,
    amount: toMinorUnits(data.amount),
    currency: data.currency,
    billingPeriod: data.billingPeriod,
    startsAt: zonedDayStart(data.startsDay, timeZone),
    endsAt: data.endsDay ? zonedDayStart(data.endsDay, timeZone) : null,
  };
}
