import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

/**
 * Rows of the CSV: enough that its import is still running well after the page shows it
 * (about 6,000 rows a second on a 2-core machine; 29 MB, under the 50 MB upload limit).
 */
const ROWS = 400_000;

/** A CSV of `rows` distinct leads. */
function writeLargeCsv(rows: number): string {
  const file = path.join(process.cwd(), "test-results", "e2e-jobs-large.csv");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines = ["name,email,phone"];
  for (let i = 0; i < rows; i++) lines.push(`Queue Test Business ${i},owner${i}@queue-test.example,+357 22 ${String(100000 + i).padStart(6, "0")}`);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

test("the jobs page shows an import's progress, and Cancel stops it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/leads/import");
  await page.getByLabel(/CSV file/).setInputFiles(writeLargeCsv(ROWS));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Preview of the first rows")).toBeVisible();
  await page.getByRole("button", { name: "Next: duplicates" }).click();
  await page.getByRole("button", { name: "Start the import" }).click();
  await page.waitForURL(/\/leads\/import\?job=/);
  const jobId = new URL(page.url()).searchParams.get("job")!;

  await page.goto("/jobs");
  const row = page.locator(`tr[data-job-id="${jobId}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByText("Lead import")).toBeVisible();
  const processed = async () => Number(((await row.locator("p.tabular-nums").textContent()) ?? "0").split(" of ")[0].replace(/,/g, ""));
  await expect.poll(processed, { timeout: 30_000 }).toBeGreaterThan(0);
  const first = await processed();
  await expect.poll(processed, { timeout: 30_000 }).toBeGreaterThan(first);
  await screenshot(page, "jobs-list-running");

  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("cell").nth(1)).toHaveText("Cancelled", { timeout: 30_000 });
  const stoppedAt = await processed();
  expect(stoppedAt).toBeLessThan(ROWS);

  // The progress page reads the same job, and the import no longer grows.
  await page.goto(`/leads/import?job=${jobId}`);
  await expect(page.getByText("Import cancelled")).toBeVisible();
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByText(/Cancellation requested|Cancelled by/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  await screenshot(page, "jobs-detail-cancelled");
  await page.waitForTimeout(2000);
  await page.goto("/jobs");
  expect(await processed()).toBe(stoppedAt);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "jobs-list-phone");
});
