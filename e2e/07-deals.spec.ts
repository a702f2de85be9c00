import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const shoot = (page: Page, name: string) => screenshot(page, `deals-${name}`);

/** The first day of next month as YYYY-MM-DD (so the deal shows in the forecast). */
function nextMonthDay(): string {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15));
  return next.toISOString().slice(0, 10);
}

test("create a deal, find it in the table and mark it won with a reason from its page", async ({ page }) => {
  await page.goto("/deals/new");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByText("Title is required")).toBeVisible();

  await page.getByLabel("Title").fill("Harbour Hotel Website");
  await page.getByLabel("Value", { exact: true }).fill("4200");
  await page.getByLabel("Expected close date").fill(nextMonthDay());
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Meeting (25%)" });
  await page.getByLabel("Tags").fill("e2e-deal");
  await page.getByRole("button", { name: "Create deal" }).click();

  await expect(page.getByRole("heading", { name: "Harbour Hotel Website" })).toBeVisible();
  await expect(page.getByText("(stage default)")).toBeVisible();
  // 25 % of €4,200.
  await expect(page.getByText("€1,050")).toBeVisible();
  const dealUrl = page.url();

  await page.goto("/deals");
  await page.getByRole("searchbox", { name: /Search deals/ }).fill("harbour hotel");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=harbour/);
  const table = page.getByTestId("deal-table");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText("Meeting");
  await expect(table).toContainText("€4,200");
  await page.goto("/deals?tag=e2e-deal");
  await shoot(page, "list");
  await table.getByRole("link", { name: "Harbour Hotel Website" }).click();
  await expect(page).toHaveURL(dealUrl);

  await page.getByRole("button", { name: "Mark won" }).click();
  await page.getByRole("button", { name: "Mark as won" }).click();
  await expect(page.getByText("Say why the deal was won")).toBeVisible();
  await page.getByLabel("Why was it won?").fill("Chose us for the booking integration");
  await page.getByRole("button", { name: "Mark as won" }).click();
  await expect(page.getByTestId("deal-outcome")).toContainText("Won on");
  await expect(page.getByTestId("deal-outcome")).toContainText("Chose us for the booking integration");
  await expect(page.getByTestId("timeline")).toContainText("Meeting → Won");
  await page.reload();
  await expect(page.getByTestId("deal-outcome")).toContainText("Chose us for the booking integration");
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  await shoot(page, "detail");

  await page.goto("/deals?status=won&tag=e2e-deal");
  await expect(table).toContainText("Harbour Hotel Website");
  await page.goto("/deals?status=open&tag=e2e-deal");
  await expect(table).not.toContainText("Harbour Hotel Website");

  // An open deal expected next month shows in the forecast (in its own currency, so other specs' deals do not add up with it).
  await page.goto("/deals/new");
  await page.getByLabel("Title").fill("Marina Cafe Menu Site");
  await page.getByLabel("Value", { exact: true }).fill("1000");
  await page.getByLabel("Currency").fill("CHF");
  await page.getByLabel("Expected close date").fill(nextMonthDay());
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: "Marina Cafe Menu Site" })).toBeVisible();
  await page.goto("/deals/forecast");
  const forecast = page.getByTestId("forecast").filter({ hasText: "Sales" });
  await expect(forecast.getByRole("row", { name: /CHF/ })).toContainText("CHF 100");
  await shoot(page, "forecast");
});

test("add a stage to a pipeline and reorder it in the pipeline editor", async ({ page }) => {
  await page.goto("/settings/pipelines");
  const sales = page.getByTestId("pipeline-Sales");
  await expect(sales).toBeVisible();
  await sales.getByLabel("Name of the new stage").fill("Site visit");
  await sales.getByLabel("Probability of the new stage").fill("35");
  await sales.getByRole("button", { name: "Add stage" }).click();
  const order = () => sales.locator("li[data-testid^='stage-']").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")!.slice(6)));
  await expect.poll(order).toEqual(["Qualified", "Meeting", "Proposal", "Negotiation", "Site visit", "Won", "Lost"]);

  await sales.getByRole("button", { name: "Move Site visit up" }).click();
  await expect.poll(order).toEqual(["Qualified", "Meeting", "Proposal", "Site visit", "Negotiation", "Won", "Lost"]);
  await page.reload();
  await expect.poll(order).toEqual(["Qualified", "Meeting", "Proposal", "Site visit", "Negotiation", "Won", "Lost"]);
  await shoot(page, "pipelines");

  // The new stage is offered to new deals, in its place.
  await page.goto("/deals/new");
  const stageOptions = await page.getByLabel("Stage", { exact: true }).locator("option").allTextContents();
  expect(stageOptions).toEqual(["Qualified (10%)", "Meeting (25%)", "Proposal (50%)", "Site visit (35%)", "Negotiation (75%)"]);

  // A stage without deals is removed after a confirmation.
  await page.goto("/settings/pipelines");
  await sales.getByTestId("stage-Site visit").getByRole("button", { name: "Remove" }).click();
  await sales.getByRole("button", { name: "Remove stage" }).click();
  await expect.poll(order).toEqual(["Qualified", "Meeting", "Proposal", "Negotiation", "Won", "Lost"]);
});
