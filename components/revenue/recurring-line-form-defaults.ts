import { zonedDay } from "@/lib/dates";
import { toMajorUnits } from "@/lib/money";
import type { NewRecurringLineInput } from "@/lib/validation/recurring-line";
import type { RecurringLineRow } from "@/server/services/revenue/recurring-line-row";

/** The recurring line form's values for an existing line: amount in major units, dates as days in `timeZone`. */
export function recurringLineFormDefaults(line: RecurringLineRow, timeZone: string): NewRecurringLineInput {
  return {
    companyId: line.companyId,
    kind: line.kind,
    description: line.description,
    amount: toMajorUnits(line.amount),
    currency: line.currency,
    billingPeriod: line.billingPeriod,
    startsDay: zonedDay(line.startsAt, timeZone),
    endsDay: line.endsAt ? zonedDay(line.endsAt, timeZone) : null,
  };
}
