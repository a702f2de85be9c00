import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const CYPRUS = path.resolve(process.cwd(), "../shared/data/google_maps_gosom_scraper/results_cyprus_restaurants.csv");

test("importing the Cyprus Google Maps CSV through the UI gives 118 leads", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto("/leads/import");
  await page.getByLabel(/CSV file/).setInputFiles(CYPRUS);

  await expect(page.getByText("Map the columns of results_cyprus_restaurants.csv")).toBeVisible();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Preview of the first rows")).toBeVisible();
  await page.getByRole("button", { name: "Next: duplicates" }).click();

  for (const key of [/^Email/, /^Phone/, /^Website domain/]) await page.getByRole("checkbox", { name: key }).uncheck();
  await page.getByRole("checkbox", { name: /^External id/ }).check();
  await page.getByRole("radio", { name: /^Skip them/ }).check();
  await page.getByRole("button", { name: "Start the import" }).click();

  const count = (label: string) => page.locator("dt", { hasText: new RegExp(`^${label}`) }).locator("xpath=following-sibling::dd");
  await expect(count("Created")).toHaveText("118", { timeout: 60_000 });
  await expect(count("Skipped")).toHaveText("7");
  await expect(count("Rejected")).toHaveText("0");

  // The progress lives in the database: a reload shows the same finished job.
  await page.reload();
  await expect(count("Created")).toHaveText("118");

  await page.goto("/leads?source=google-maps");
  await expect(page.getByText("118 open leads")).toBeVisible();
  await page.goto("/leads?source=google-maps&q=latchi&sort=name&dir=asc");
  await expect(page.getByTestId("lead-table").locator("tbody tr").first()).toBeVisible();
});
