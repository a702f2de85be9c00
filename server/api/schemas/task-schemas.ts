import { z } from "zod";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from "@/lib/enums";
import { companyRef, contactRef, dealRef, id, instant, leadRef, optionalInstant, optionalRefId, optionalText, userRef } from "./common-schemas";

/** A task as lists answer it (taskRowSelect). */
export const taskRowSchema = z
  .strictObject({
    id,
    title: z.string(),
    type: z.enum(TASK_TYPES),
    priority: z.enum(TASK_PRIORITIES),
    status: z.enum(TASK_STATUSES),
    dueAt: optionalInstant.meta({ description: "Due instant; for an all-day task midnight of its day in the time zone of whoever set it" }),
    allDay: z.boolean(),
    completedAt: optionalInstant,
    createdAt: instant,
    assigneeId: optionalRefId,
    createdById: optionalRefId,
    leadId: optionalRefId,
    contactId: optionalRefId,
    companyId: optionalRefId,
    dealId: optionalRefId,
    assignee: userRef.nullable(),
    lead: leadRef.nullable(),
    contact: contactRef.nullable(),
    company: companyRef.nullable(),
    deal: dealRef.nullable(),
  })
  .meta({ id: "TaskRow" });

/** A task with its notes and creator (getTask). */
export const taskSchema = taskRowSchema.extend({ notes: optionalText, updatedAt: instant, createdBy: userRef.nullable() }).meta({ id: "Task" });
