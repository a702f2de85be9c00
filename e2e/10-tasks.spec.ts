import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

// The admin's time zone is UTC (the default), so "today" is the UTC day.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const yesterday = day(-1);
const LEAD = "Tasks E2E Bakery";
const TASK = "Call Tasks E2E Bakery about the quote";

/** The number a home page count shows. */
async function homeCount(page: Page, label: string): Promise<number> {
  const text = await page.getByTestId(`stat-${label}`).locator("div").nth(1).innerText();
  return Number(text.replace(/,/g, ""));
}

test.beforeEach(async ({ page }) => signIn(page));

test("create an overdue task, complete it from the Tasks page, and see the home counts and the lead's timeline follow", async ({ page }) => {
  await page.goto("/");
  const followUpsToday = await homeCount(page, "Follow-ups due today");
  const overdueTasks = await homeCount(page, "My overdue tasks");

  // A lead whose follow-up (next action date) is today counts on the home page.
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(LEAD);
  await page.getByLabel("Next action date").fill(today);
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();
  const leadUrl = page.url();
  await page.goto("/");
  await expect(page.getByTestId("stat-Follow-ups due today")).toContainText(String(followUpsToday + 1));

  // "Add task" on the lead's page opens a task form linked to the lead; a past due date is allowed.
  await page.goto(leadUrl);
  await page.getByTestId("record-tasks").getByRole("link", { name: "Add task" }).click();
  await expect(page.getByRole("heading", { name: "New task" })).toBeVisible();
  await expect(page.getByTestId("task-links")).toContainText(LEAD);
  await page.getByRole("button", { name: "Create task" }).click();
  await expect(page.getByText("Title is required")).toBeVisible();
  await page.getByLabel("Title").fill(TASK);
  await page.getByLabel("Type").selectOption({ label: "Call" });
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await page.getByLabel("Due date").fill(yesterday);
  await page.getByLabel("Due time").fill("10:00");
  await screenshot(page, "tasks-form");
  await page.getByRole("button", { name: "Create task" }).click();
  await expect(page).toHaveURL(leadUrl);
  await expect(page.getByTestId("record-tasks")).toContainText(TASK);
  await screenshot(page, "tasks-lead-page");

  // The home page's overdue count went up; it opens the list of my overdue tasks.
  await page.goto("/");
  await expect(page.getByTestId("stat-My overdue tasks")).toContainText(String(overdueTasks + 1));
  await page.getByTestId("stat-My overdue tasks").click();
  await expect(page).toHaveURL(/\/tasks\?due=overdue&assignee=me/);
  await expect(page.getByTestId("section-overdue")).toContainText(TASK);
  await expect(page.getByTestId("section-today")).toHaveCount(0);

  // Complete it from the Tasks page with its checkbox: it moves to Completed.
  await page.goto("/tasks");
  const overdue = page.getByTestId("section-overdue");
  await expect(overdue).toContainText(TASK);
  await screenshot(page, "tasks-list");
  await overdue.getByRole("checkbox", { name: `Complete “${TASK}”` }).check();
  await expect(page.getByTestId("section-completed")).toContainText(TASK);
  await expect(page.getByTestId("section-overdue")).not.toContainText(TASK);

  // The completion is on the lead's timeline, and the task has left its open tasks.
  await page.goto(leadUrl);
  await expect(page.locator('[data-testid="timeline-entry"][data-type="TASK_COMPLETED"]')).toContainText(TASK);
  await expect(page.getByTestId("record-tasks")).not.toContainText(TASK);

  // The overdue count is back down.
  await page.goto("/");
  await expect(page.getByTestId("stat-My overdue tasks")).toContainText(String(overdueTasks));
  await screenshot(page, "tasks-home");
});

test("the calendar shows tasks and follow-ups by month and by week", async ({ page }) => {
  // A task due today at a time, one without a due date and one due later, for the views.
  for (const [title, due, time] of [
    ["Send Tasks E2E proposal", today, "14:30"],
    ["Tasks E2E someday", null, null],
    ["Tasks E2E demo prep", day(2), null],
  ] as const) {
    await page.goto("/tasks/new");
    await page.getByLabel("Title").fill(title);
    if (due) await page.getByLabel("Due date").fill(due);
    if (time) await page.getByLabel("Due time").fill(time);
    await page.getByRole("button", { name: "Create task" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
  }
  await expect(page.getByTestId("section-today")).toContainText("Send Tasks E2E proposal");
  await expect(page.getByTestId("section-none")).toContainText("Tasks E2E someday");

  // Filters live in the URL.
  await page.getByLabel("Filter by due", { exact: true }).selectOption("today");
  await expect(page).toHaveURL(/due=today/);
  await expect(page.getByTestId("section-upcoming")).toHaveCount(0);
  await expect(page.getByTestId("section-today")).toContainText("Send Tasks E2E proposal");

  await page.goto(`/tasks/calendar?date=${today}`);
  const month = page.getByTestId("calendar-month");
  await expect(month.getByTestId("calendar-task").filter({ hasText: "Send Tasks E2E proposal" })).toBeVisible();
  await expect(month.getByTestId("calendar-follow-up").filter({ hasText: LEAD })).toBeVisible();
  await screenshot(page, "tasks-calendar-month");

  await page.getByRole("link", { name: "Week", exact: true }).click();
  await expect(page).toHaveURL(/view=week/);
  const week = page.getByTestId("calendar-week");
  await expect(week.locator(`[data-day="${today}"]`)).toContainText("14:30");
  await expect(week.locator(`[data-day="${today}"]`)).toContainText(LEAD);
  await screenshot(page, "tasks-calendar-week");

  // Navigating keeps the view: next week, then back to today.
  const title = await page.getByTestId("calendar-title").innerText();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page.getByTestId("calendar-title")).not.toHaveText(title);
  await page.getByRole("link", { name: "Today" }).click();
  await expect(page.getByTestId("calendar-title")).toHaveText(title);

  // An entry opens its task.
  await week.getByTestId("calendar-task").filter({ hasText: "Send Tasks E2E proposal" }).click();
  await expect(page.getByRole("heading", { name: "Send Tasks E2E proposal" })).toBeVisible();
});
