import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import type { DailySummary } from "@/lib/daily-summary/daily-summary";
import { formatInZone, zonedDayStart } from "@/lib/dates";
import { DailySummaryEmail } from "./daily-summary-email";
import type { RenderedTemplate } from "./render-template";

/**
 * The daily summary as an email: subject ("Your day, Tue 5 May: 3 follow-ups, 2 tasks"), the HTML
 * of DailySummaryEmail and its plain-text part (React Email's toPlainText of that HTML). Every
 * value in it is text React escapes; nothing is read as HTML.
 */
export async function renderDailySummary(summary: DailySummary): Promise<RenderedTemplate> {
  const html = await render(createElement(DailySummaryEmail, { summary }));
  const day = formatInZone(zonedDayStart(summary.localDate, summary.timeZone), summary.timeZone, "EEE d MMM");
  const due = summary.followUps.today.mine + summary.followUps.overdue.mine;
  const tasks = summary.tasks.today + summary.tasks.overdue;
  const subject = `Your day, ${day}: ${due} follow-up${due === 1 ? "" : "s"}, ${tasks} task${tasks === 1 ? "" : "s"}`;
  return { subject, html, text: toPlainText(html).trim() };
}
