import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

/** Runs e2e/analytics-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed(niche: string): void {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/analytics-seed.ts", niche], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
}

test("analytics: charts from seeded data, a filter in the URL, the table view, a CSV download and an empty state", async ({ page }) => {
  test.setTimeout(90_000);
  const niche = `Roofers${Date.now().toString(36)}`;
  seed(niche);
  await signIn(page);
  await page.setViewportSize({ width: 1400, height: 1000 });

  await page.goto("/analytics");
  await expect(page.getByRole("heading", { name: "Analytics" })).toBeVisible();
  for (const id of ["chart-project-revenue", "chart-mrr-growth", "chart-mrr-movements", "chart-outreach", "chart-deals-closed", "chart-leads-by-status", "chart-funnel", "chart-channels", "chart-team"]) {
    await expect(page.getByTestId(id).getByRole("img").locator("svg.recharts-surface").first(), id).toBeVisible();
  }
  await expect(page.getByTestId("chart-deal-metrics").getByText("Win rate", { exact: true })).toBeVisible();
  await screenshot(page, "21-analytics-desktop");

  // A niche filter goes into the URL and narrows every chart to the seeded leads.
  await page.getByLabel("Filter by niche").selectOption(niche);
  await expect(page).toHaveURL(new RegExp(`niche=${niche}`));
  const funnel = page.getByTestId("chart-funnel");
  await funnel.getByRole("button", { name: "Table" }).click();
  const funnelTable = funnel.getByRole("table");
  const countOf = (status: string) => funnelTable.getByRole("row").filter({ has: page.getByRole("cell", { name: status, exact: true }) }).getByRole("cell").nth(1);
  await expect(countOf("New")).toHaveText("6");
  await expect(countOf("Contacted")).toHaveText("5"); // the lead that jumped New → Replied counts here too
  await expect(countOf("Replied")).toHaveText("3");
  await expect(countOf("Won")).toHaveText("1");
  await screenshot(funnel, "21-analytics-funnel-table");

  const channels = page.getByTestId("chart-channels");
  await channels.getByRole("button", { name: "Table" }).click();
  await expect(channels.getByRole("row").filter({ has: page.getByRole("cell", { name: "Email", exact: true }) }).getByRole("cell").nth(1)).toHaveText("3");

  // The CSV holds the same numbers.
  const [download] = await Promise.all([page.waitForEvent("download"), funnel.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("conversion-funnel.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv.split("\n")[0]).toBe("Status reached,Leads,Of previous step,Of first step");
  expect(csv).toContain("New,6,");

  // A range with nothing in it: each chart says why it is empty.
  await page.goto(`/analytics?niche=${niche}&from=2001-01-01&to=2001-01-31`);
  await expect(page.getByTestId("chart-project-revenue")).toContainText("No project was paid between 1 Jan 2001 and 31 Jan 2001 with these filters.");
  await expect(page.getByTestId("chart-funnel")).toContainText("No lead was created between 1 Jan 2001 and 31 Jan 2001");
  await screenshot(page, "21-analytics-empty");
});
