import { dueInstant } from "@/lib/tasks/due-instant";
import type { TaskData } from "@/lib/validation/task";

/**
 * The Task columns a parsed task form sets (all but status, people and completion): the due day
 * and time become a UTC instant in `timeZone`, the acting user's (see lib/tasks/due-instant.ts).
 */
export function taskColumns(data: TaskData, timeZone: string) {
  return {
    title: data.title,
    notes: data.notes,
    type: data.type,
    priority: data.priority,
    ...dueInstant(data.dueDay, data.dueTime, timeZone),
    leadId: data.leadId,
    contactId: data.contactId,
    companyId: data.companyId,
    dealId: data.dealId,
  };
}
