import { dueParts } from "@/lib/tasks/due-instant";
import { personName } from "@/lib/validation/contact";
import type { TaskInput } from "@/lib/validation/task";
import type { TaskLinkRecords } from "@/server/services/tasks/find-task-link-records";
import type { TaskDetail } from "@/server/services/tasks/get-task";
import type { TaskLinkChoice } from "./TaskLinksField";

/** The linked records of a task (or of an "Add task" link) as the form's link choices. */
export function taskLinkChoices(records: TaskLinkRecords): TaskLinkChoice[] {
  const choices: Array<TaskLinkChoice | null> = [
    records.lead ? { field: "leadId", id: records.lead.id, name: records.lead.name } : null,
    records.contact ? { field: "contactId", id: records.contact.id, name: personName(records.contact) } : null,
    records.company ? { field: "companyId", id: records.company.id, name: records.company.name } : null,
    records.deal ? { field: "dealId", id: records.deal.id, name: records.deal.title } : null,
  ];
  return choices.filter((c) => c !== null);
}

/** The link fields of the form for the given records. */
const linkIds = (records: TaskLinkRecords) => ({
  leadId: records.lead?.id ?? null,
  contactId: records.contact?.id ?? null,
  companyId: records.company?.id ?? null,
  dealId: records.deal?.id ?? null,
});

/** A new task's form: assigned to the viewer, open, medium priority, linked to `records`. */
export function newTaskDefaults(viewerId: string, records: TaskLinkRecords, type: TaskInput["type"] = "TODO"): TaskInput {
  return { title: "", type, priority: "MEDIUM", status: "OPEN", dueDay: null, dueTime: null, assigneeId: viewerId, notes: null, ...linkIds(records) };
}

/** An existing task's form values; its due date as a day (and time, unless all-day) in `timeZone`. */
export function taskFormDefaults(task: TaskDetail, timeZone: string): TaskInput {
  return {
    title: task.title,
    notes: task.notes,
    type: task.type,
    priority: task.priority,
    status: task.status,
    ...dueParts(task.dueAt, task.allDay, timeZone),
    assigneeId: task.assigneeId,
    ...linkIds(task),
  };
}
