import { z } from "zod";
import { CALENDAR_VIEWS } from "@/lib/tasks/calendar-grid";
import { optionalDay } from "./common";
import { filterText, listSearchOf } from "./list-query";

/**
 * The calendar's view as held in the URL: month or week, the day it shows (the viewer's today
 * when missing or malformed) and whose tasks and follow-ups ("me", a user id, or everyone).
 */
export const taskCalendarQuerySchema = z.object({
  view: z.enum(CALENDAR_VIEWS).catch("month").default("month"),
  date: optionalDay.catch(null),
  assignee: filterText,
});

export type TaskCalendarQuery = z.output<typeof taskCalendarQuerySchema>;

export const taskCalendarSearch = listSearchOf(taskCalendarQuerySchema);
