import { zonedDay } from "@/lib/dates";
import { toMajorUnits } from "@/lib/money";
import type { NewProjectInput } from "@/lib/validation/project";
import type { ProjectRow } from "@/server/services/revenue/project-row";

/** The project form's values for an existing project: amount in major units, dates as days in `timeZone`. */
export function projectFormDefaults(project: ProjectRow, timeZone: string): NewProjectInput {
  const day = (date: Date | null) => (date ? zonedDay(date, timeZone) : null);
  return {
    companyId: project.companyId,
    name: project.name,
    typeId: project.typeId,
    amount: toMajorUnits(project.amount),
    currency: project.currency,
    status: project.status,
    startedDay: day(project.startedAt),
    completedDay: day(project.completedAt),
    paidDay: day(project.paidAt),
    paymentDueDay: day(project.paymentDueAt),
    ownerId: project.ownerId,
    notes: project.notes,
  };
}
