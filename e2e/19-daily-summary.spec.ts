import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { dailySummaryOptedIn, isSummaryDue, localMoment } from "../lib/daily-summary/summary-schedule";
import type { Role } from "../lib/enums";
import { fakeResendSent } from "./fake-resend";
import { ADMIN, screenshot, signIn } from "./support";

const CRON_SECRET = process.env.CRON_SECRET ?? "e2e-cron-secret"; // as e2e/server.ts sets it

/** Runs e2e/daily-summary-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed<T>(...args: string[]): T {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/daily-summary-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

type UserState = { email: string; role: Role; timeZone: string; dailySummaryEnabled: boolean | null; dailySummaryHour: number; summaries: string[] };

/** The number shown for a figure of the summary (the cell after its label), mine only ("3 · team 5" → 3). */
async function figure(email: FrameLocator, label: string): Promise<number> {
  const value = await email.locator(`td:has-text("${label}") + td`).first().innerText();
  return Number(value.split("·")[0].trim());
}

async function openPreview(page: Page): Promise<FrameLocator> {
  await page.goto("/settings/profile/daily-summary");
  await expect(page.getByRole("heading", { name: "Daily summary preview" })).toBeVisible();
  const email = page.frameLocator('iframe[title="Daily summary email"]');
  await expect(email.locator("body")).toContainText("Your day");
  return email;
}

/** Noon UTC of the first Monday-to-Friday day after `from`. */
function nextWeekdayNoon(from: Date): Date {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1, 12));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

const summariesTo = async (address: string) => (await fakeResendSent()).filter((email) => email.to.includes(address) && email.subject.startsWith("Your day"));

test.beforeEach(async ({ page }) => signIn(page));

test("daily summary: turn it on in Profile, preview today's numbers, send one now, and the cron route sends one per opted-in user", async ({ page, request }) => {
  test.setTimeout(120_000);
  const tag = `Sum${Date.now().toString(36)}`;

  // Profile: on, from 00:00.
  await page.goto("/settings/profile");
  const checkbox = page.getByLabel("Send me the daily summary");
  await checkbox.uncheck();
  await page.getByRole("button", { name: "Save daily summary" }).click();
  await expect(page.getByText("Saved").last()).toBeVisible();
  await page.reload();
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await page.getByLabel("Send hour").selectOption("0");
  await page.getByRole("button", { name: "Save daily summary" }).click();
  await expect(page.getByText("Saved").last()).toBeVisible();
  await page.reload();
  await expect(checkbox).toBeChecked();
  await expect(page.getByLabel("Send hour")).toHaveValue("0");
  await expect(page.getByText("It does not count as today's summary")).toBeVisible();
  await screenshot(page, "daily-summary-profile");

  // The preview counts what is seeded: two follow-ups due today, one overdue.
  let email = await openPreview(page);
  const before = { today: await figure(email, "Your follow-ups due today"), overdue: await figure(email, "Your overdue follow-ups") };
  seed("follow-ups", tag);
  email = await openPreview(page);
  expect(await figure(email, "Your follow-ups due today")).toBe(before.today + 2);
  expect(await figure(email, "Your overdue follow-ups")).toBe(before.overdue + 1);
  await expect(page.getByTestId("summary-subject")).toContainText("Your day");
  await screenshot(page, "daily-summary-preview");

  // Send me one now: one more summary at the fake Resend, whatever the hour or day.
  const sentBefore = (await summariesTo(ADMIN.email)).length;
  await page.goto("/settings/profile");
  await page.getByRole("button", { name: "Send me one now" }).click();
  await expect(page.getByText(`Today's summary sent to ${ADMIN.email}`)).toBeVisible();
  const mine = await summariesTo(ADMIN.email);
  expect(mine).toHaveLength(sentBefore + 1);
  const html = mine.at(-1)!.html!;
  expect(html).toContain("Your follow-ups due today");
  await page.setContent(html);
  await screenshot(page, "daily-summary-email");

  // The cron route: refused without the secret; with it, one summary per user it is due for.
  // The call runs at noon UTC of the next weekday (the server's test-only clock, x-leadwell-test-now),
  // so the suite proves the weekday send on any day it runs; nothing else sends for that day.
  const now = nextWeekdayNoon(new Date());
  const { optedIn, optedOut } = seed<{ optedIn: string; optedOut: string }>("users", tag, now.toISOString());
  expect((await request.get("/api/cron/daily-summary")).status()).toBe(401);
  const call = () => request.get("/api/cron/daily-summary", { headers: { authorization: `Bearer ${CRON_SECRET}`, "x-leadwell-test-now": now.toISOString() } });
  const first = await call();
  expect(first.status()).toBe(200);
  const answer = await first.json();
  expect(answer).toMatchObject({ route: "daily-summary", duplicate: false, summary: { failed: 0 } });
  expect(answer.summary.sent).toBeGreaterThanOrEqual(2); // the admin (on by default) and the opted-in user
  expect((await (await call()).json()).summary).toMatchObject({ sent: 0, failed: 0 });

  const { users } = seed<{ users: UserState[] }>("state");
  const byEmail = new Map(users.map((user) => [user.email, user]));
  for (const address of [ADMIN.email, optedIn, optedOut]) {
    const user = byEmail.get(address)!;
    const due = dailySummaryOptedIn(user) && isSummaryDue(now, user.timeZone, user.dailySummaryHour);
    const today = localMoment(now, user.timeZone).localDate;
    expect(user.summaries.filter((day) => day === today), address).toHaveLength(due ? 1 : 0);
    // Every scheduled summary has its day's row; the admin also got the one sent now.
    expect(await summariesTo(address), address).toHaveLength(user.summaries.length + (address === ADMIN.email ? 1 : 0));
  }
  expect(dailySummaryOptedIn(byEmail.get(optedOut)!)).toBe(false);
});
