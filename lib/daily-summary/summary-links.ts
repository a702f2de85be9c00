import { leadListSearch } from "@/lib/validation/lead-list";
import { outreachListSearch } from "@/lib/validation/outreach";
import { taskListSearch } from "@/lib/validation/task-list";
import { periodDays, type SummaryLinks, type SummaryPeriods } from "./daily-summary";

/**
 * The summary's links into the app, absolute (an email has no base URL): the same filtered lists
 * the home page links to, and the outreach list for the recipient's own touches of each period.
 * @param appUrl - the app's public base URL without a trailing slash (server appUrl()).
 * @param periods - summaryPeriods of the summary's day, in the recipient's time zone.
 */
export function summaryLinks(appUrl: string, periods: SummaryPeriods, timeZone: string): SummaryLinks {
  const followUps = (followUp: "today" | "overdue") => `${appUrl}/leads${leadListSearch({ followUp, sort: "nextActionAt", dir: "asc" })}`;
  const tasks = (due: "today" | "overdue") => `${appUrl}/tasks${taskListSearch({ due, assignee: "me" })}`;
  const outreach = (period: SummaryPeriods["today"]) => `${appUrl}/outreach${outreachListSearch({ ...periodDays(period, timeZone), by: "me" })}`;
  return {
    home: `${appUrl}/`,
    followUpsToday: followUps("today"),
    followUpsOverdue: followUps("overdue"),
    tasksToday: tasks("today"),
    tasksOverdue: tasks("overdue"),
    outreachYesterday: outreach(periods.yesterday),
    outreachWeek: outreach(periods.week),
    outreachLastWeek: outreach(periods.lastWeek),
    leads: `${appUrl}/leads`,
    deals: `${appUrl}/deals`,
    profile: `${appUrl}/settings/profile`,
    gamification: `${appUrl}/gamification`,
  };
}
