import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

/** Deletes the Cyprus leads an earlier spec imported (e2e/04 imports the same file), so this run creates them. */
function forgetCyprusLeads(): void {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/forget-cyprus-leads.ts"], { env: { ...process.env, DATABASE_URL: `file:${database}` }, encoding: "utf8" });
}

test("run a Google Maps job from the panel against the fake gosom, watch it finish and see the 118 Cyprus leads tagged with the run", async ({ page }) => {
  test.setTimeout(120_000);
  forgetCyprusLeads();
  await signIn(page);
  await page.getByRole("link", { name: "Lead generation" }).click();
  await expect(page.getByRole("heading", { name: "Lead generation" })).toBeVisible();
  await expect(page.getByText("gosom google-maps-scraper at http://127.0.0.1:")).toBeVisible();

  // Field errors from the shared schema, nothing started.
  const form = page.getByRole("form", { name: "Google Maps run" });
  await form.getByLabel("Max time (minutes)").fill("1");
  await form.getByRole("button", { name: "Run Google Maps" }).click();
  await expect(form.getByText("Enter at least 1")).toBeVisible();
  await expect(form.getByText("At least 3")).toBeVisible();

  await form.getByLabel("Keywords (one search per line)").fill("restaurants in Cyprus");
  await form.getByLabel("Latitude").fill("34.77");
  await form.getByLabel("Longitude").fill("32.42");
  await form.getByLabel("Max time (minutes)").fill("3");
  await form.getByRole("button", { name: "Run Google Maps" }).click();
  await expect(form.getByRole("status")).toContainText("Started");

  // The run shows up and the panel refreshes itself until it has finished.
  const runs = page.getByRole("table", { name: "Recent runs" });
  const run = runs.getByRole("row").filter({ hasText: "Google Maps run" }).first();
  await expect(run).toBeVisible();
  await expect(run.getByText("Succeeded")).toBeVisible({ timeout: 60_000 });
  const cells = run.getByRole("cell");
  await expect(cells.nth(3)).toHaveText("125"); // rows found
  await expect(cells.nth(4)).toHaveText("118"); // leads created
  await expect(cells.nth(5)).toHaveText("7"); // the same places twice in the file
  const stats = page.getByRole("table", { name: "Leads per source" }).getByRole("row").filter({ hasText: "Google Maps" });
  await expect(stats.getByRole("cell").nth(2)).toHaveText("118");
  await screenshot(page, "23-lead-generation-panel");

  // The session answers the route handlers too.
  const jobs = await page.request.get("/api/jobs?type=GOOGLE_MAPS_RUN");
  expect(jobs.status()).toBe(200);
  const [job] = (await jobs.json()).data as Array<{ id: string; created: number }>;
  expect(job.created).toBe(118);
  const cancel = await page.request.delete(`/api/jobs/${job.id}`);
  expect(cancel.status()).toBe(409);
  expect(cancel.headers()["content-type"]).toContain("application/problem+json");

  // The tag links to the leads list filtered by it: 118 leads.
  const tag = run.getByRole("link", { name: /^gmaps: restaurants in cyprus \d{4}-\d{2}-\d{2}$/ });
  await tag.click();
  await expect(page).toHaveURL(/\/leads\?tag=gmaps/);
  await expect(page.getByText("118 open leads")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Restaurant" }).first()).toBeVisible();
});
