import path from "node:path";
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

/** The dataset, read where it lives (shared/data next to the repository). */
const MAVEN = path.resolve(process.cwd(), "../shared/data/maven_crm_sales_opportunities");
const FILES = ["accounts.csv", "sales_pipeline.csv", "sales_teams.csv"].map((name) => path.join(MAVEN, name));

test("the Maven import routes refuse requests without a session", async ({ request }) => {
  for (const url of ["/api/imports/maven", "/api/imports/maven/preview"]) {
    const response = await request.post(url, { multipart: { settings: "{}" }, maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
  }
});

test("importing the Maven CSV files through the UI gives the Maven pipeline and its deals", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  await page.goto("/leads/import");
  await page.getByRole("link", { name: "Import the Maven CRM dataset" }).click();
  await expect(page).toHaveURL(/\/import\/maven$/);

  await page.getByLabel("Maven CSV files").setInputFiles(FILES);
  await expect(page.getByText("What the import will do")).toBeVisible({ timeout: 60_000 });
  const files = page.getByTestId("maven-files");
  await expect(files.getByRole("row", { name: /sales_pipeline\.csv/ })).toContainText("8,800");
  await expect(files.getByRole("row", { name: /products\.csv/ })).toContainText("not chosen (optional)");
  await expect(page.getByText("Won total: $10,005,534")).toBeVisible();
  const agents = page.getByTestId("maven-agents");
  await expect(agents.locator("tbody tr")).toHaveCount(35);

  // Moses Frase's deals go to the admin instead of a new user without sign-in.
  const moses = agents.getByLabel("Moses Frase");
  await expect(moses).toHaveValue("");
  await moses.selectOption({ label: "Ada Admin (admin@leadwell.test)" });
  await screenshot(page, "maven-preview");

  await page.getByRole("button", { name: "Start the import" }).click();
  await expect(page).toHaveURL(/\/import\/maven\?job=/);
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({ timeout: 180_000 });
  const summary = page.getByTestId("maven-summary");
  await expect(summary).toContainText("8,800 created", { timeout: 30_000 });
  await expect(summary.getByRole("row", { name: "Companies" })).toContainText("85 created");
  await expect(summary.getByRole("row", { name: "Users" })).toContainText("34 created without sign-in · 0 reused · 1 mapped");
  const pipeline = summary.getByRole("table", { name: "Maven pipeline" });
  for (const [stage, deals] of [["Prospecting", "500"], ["Engaging", "1,589"], ["Won", "4,238"], ["Lost", "2,473"]]) {
    await expect(pipeline.getByRole("row", { name: new RegExp(`^${stage}`) })).toContainText(deals);
  }
  await expect(summary.getByText("Won total: $10,005,534")).toBeVisible();
  await screenshot(page, "maven-summary");

  // The job and its summary live in the database: a reload shows them again.
  await page.reload();
  await expect(page.getByTestId("maven-summary").getByText("Won total: $10,005,534")).toBeVisible();

  await page.getByRole("link", { name: "See the Maven deals" }).click();
  await expect(page).toHaveURL(/\/deals\?pipeline=/);
  await expect(page.getByText(/^8,800 deals/)).toBeVisible();
  await screenshot(page, "maven-deals");

  await page.goto("/settings/users");
  await expect(page.getByText("34 users without sign-in")).toBeVisible();
  await expect(page.getByText("Anna Snelling")).toBeVisible();
  await expect(page.getByText("Moses Frase")).toHaveCount(0);
  await screenshot(page, "maven-users");
});
