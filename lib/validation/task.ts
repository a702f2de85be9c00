import { z } from "zod";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from "@/lib/enums";
import { optionalDay, optionalId, optionalText, requiredText } from "./common";

/** Optional time of day "HH:mm" (24-hour clock); blank becomes null. */
const optionalTime = z
  .string({ error: "Must be a time" })
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: "Use a time like 14:30" });

/**
 * A task as entered in the task form; the same schema runs in the browser (react-hook-form) and
 * in the service layer.
 * - `dueDay` ("YYYY-MM-DD") and the optional `dueTime` ("HH:mm") are in the acting user's time
 *   zone; a day without a time makes an all-day task. Past days are allowed (logging a task that
 *   is already overdue).
 * - `status` DONE completes the task (completedAt and a TASK_COMPLETED activity), leaving DONE
 *   reopens it.
 * - The links (lead, contact, company, deal) are optional and independent.
 */
export const taskInputSchema = z
  .object({
    title: requiredText(200, "Title"),
    notes: optionalText(10_000),
    type: z.enum(TASK_TYPES, { error: "Choose a task type" }).default("TODO"),
    priority: z.enum(TASK_PRIORITIES, { error: "Choose low, medium, high or urgent" }).default("MEDIUM"),
    status: z.enum(TASK_STATUSES, { error: "Choose open, in progress or done" }).default("OPEN"),
    dueDay: optionalDay,
    dueTime: optionalTime,
    assigneeId: optionalId,
    leadId: optionalId,
    contactId: optionalId,
    companyId: optionalId,
    dealId: optionalId,
  })
  .refine((task) => task.dueTime === null || task.dueDay !== null, { error: "Choose a day for this time", path: ["dueTime"] });

export type TaskInput = z.input<typeof taskInputSchema>;
export type TaskData = z.output<typeof taskInputSchema>;

/** The record links a task may have, as form fields and URL parameters of "Add task" links. */
export const TASK_LINK_FIELDS = ["leadId", "contactId", "companyId", "dealId"] as const;
export type TaskLinkField = (typeof TASK_LINK_FIELDS)[number];

