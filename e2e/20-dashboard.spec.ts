import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

/** Runs e2e/dashboard-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed(tag: string): void {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/dashboard-seed.ts", tag], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
}

const CHARTS = ["widget-leads-by-status", "widget-revenue-forecast", "widget-outreach-by-week", "widget-deals-closed-by-week", "widget-pipeline-value"];

/** A widget's euro figure as a number ("Total MRR€1,169.50" → 1169.5). */
async function euros(page: Page, widget: string, stat: string): Promise<number> {
  const text = await page.getByTestId(widget).getByTestId(stat).innerText();
  return Number(text.replace(/^[^€]*€/, "").replace(/,/g, ""));
}

/** Saves the layout in the Customise panel and waits for the dashboard to reload. */
async function customise(page: Page, change: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>) {
  await page.getByRole("button", { name: "Customise" }).click();
  const dialog = page.getByRole("dialog", { name: "Customise the dashboard" });
  await change(dialog);
  await dialog.getByRole("button", { name: "Save layout" }).click();
  await expect(dialog).toBeHidden();
}

test("dashboard: charts from seeded data, the table view and CSV, a hidden widget stays hidden, My and Team", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  // Earlier specs share the database (e2e/18 adds revenue to the admin's companies): the seeded
  // figures are checked as what they add to the admin's MRR and this month's paid project revenue.
  await page.goto("/");
  const before = { mrr: await euros(page, "widget-mrr", "stat-Total MRR"), paid: await euros(page, "widget-project-revenue", "stat-Paid") };
  seed(`Dash${Date.now().toString(36)}`);
  await page.goto("/");

  for (const id of CHARTS) await expect(page.getByTestId(id).getByRole("img").locator("svg.recharts-surface").first(), id).toBeVisible();
  const mrr = page.getByTestId("widget-mrr");
  await expect.poll(() => euros(page, "widget-mrr", "stat-Total MRR")).toBe(before.mrr + 169);
  await expect(mrr).toContainText("No exchange rate for GBP");
  await expect.poll(() => euros(page, "widget-project-revenue", "stat-Paid")).toBe(before.paid + 2_500);
  await screenshot(page, "20-dashboard-charts");

  // The table view holds the same numbers; the weekly outreach has a row per week.
  const outreach = page.getByTestId("widget-outreach-by-week");
  await outreach.getByRole("button", { name: "Table" }).click();
  await expect(outreach.getByRole("table").getByRole("row")).toHaveCount(13);
  await expect(outreach.getByRole("img", { name: /Stacked bar chart/ })).toHaveCount(0);
  const deals = page.getByTestId("widget-deals-closed-by-week");
  await deals.getByRole("button", { name: "Table" }).click();
  await expect(deals.getByRole("table")).toContainText("€1,500");
  const forecast = page.getByTestId("widget-revenue-forecast");
  await forecast.getByRole("button", { name: "Table" }).click();
  await expect(forecast.getByRole("table").getByRole("columnheader")).toHaveText(["Month", "Recurring (MRR)", "Weighted open deals", "Scheduled projects", "Total"]);
  await screenshot(page, "20-dashboard-tables");

  // The CSV holds the table's rows.
  const [download] = await Promise.all([page.waitForEvent("download"), deals.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("deals-closed-per-week.csv");
  const csv = fs.readFileSync(await download.path(), "utf8").trim().split("\n");
  expect(csv[0]).toBe("Week of,Won,Lost,Won value (EUR)");
  expect(csv).toHaveLength(13);
  // This week: the seeded won deal of 1,500.00 (e2e/18 may have won one more this week).
  const [, won, , value] = csv.at(-1)!.split(",");
  expect(csv.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2},\d+,\d+,\d+\.\d{2}$/);
  expect(Number(won)).toBeGreaterThanOrEqual(1);
  expect(Number(value)).toBeGreaterThanOrEqual(1500);
  await outreach.getByRole("button", { name: "Chart" }).click();
  await expect(outreach.getByRole("img", { name: /Stacked bar chart/ })).toBeVisible();

  // Hide a widget: it stays hidden after a reload; the others stay.
  await customise(page, (dialog) => dialog.getByLabel("Show Pipeline value").uncheck());
  await expect(page.getByTestId("widget-pipeline-value")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("widget-leads-by-status")).toBeVisible();
  await expect(page.getByTestId("widget-pipeline-value")).toHaveCount(0);

  // Move MRR first: the order is kept too.
  await customise(page, async (dialog) => {
    for (let i = 0; i < 6; i++) await dialog.getByRole("button", { name: "Move MRR up" }).click();
  });
  await page.reload();
  await expect(page.locator("[data-testid^='widget-']").first()).toHaveAttribute("data-testid", "widget-mrr");

  // An admin switches to the team's figures; the URL says so.
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(/\?view=team$/);
  await expect(page.getByRole("link", { name: "Team" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("widget-mrr").getByTestId("stat-Total MRR")).toContainText("€");

  // Back to the default layout for the specs after this one.
  await customise(page, (dialog) => dialog.getByRole("button", { name: "Reset to default" }).click());
  await expect(page.getByTestId("widget-pipeline-value")).toBeVisible();
});
