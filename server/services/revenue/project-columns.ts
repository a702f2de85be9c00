import { zonedDay, zonedDayStart } from "@/lib/dates";
import { toMinorUnits } from "@/lib/money";
import type { ProjectData } from "@/lib/validation/project";

/**
 * The scalar columns written for a validated project: amount in minor units, the days as midnight
 * in the acting user's time zone. `paidAt` is kept only for a PAID project; one that is PAID
 * without a paid day was paid today (in `timeZone`, as of `now`).
 */
export function projectColumns(data: ProjectData, timeZone: string, now: Date) {
  const day = (value: string | null) => (value ? zonedDayStart(value, timeZone) : null);
  return {
    name: data.name,
    typeId: data.typeId,
    amount: toMinorUnits(data.amount),
    currency: data.currency,
    status: data.status,
    startedAt: day(data.startedDay),
    completedAt: day(data.completedDay),
    paidAt: data.status === "PAID" ? zonedDayStart(data.paidDay ?? zonedDay(now, timeZone), timeZone) : null,
    paymentDueAt: day(data.paymentDueDay),
    notes: data.notes,
  };
}
