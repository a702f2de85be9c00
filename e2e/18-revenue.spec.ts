import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const shoot = (page: Page, name: string) => screenshot(page, `revenue-${name}`);

test("on a company, add a paid project and a hosting line and see lifetime revenue, this year's and MRR", async ({ page }) => {
  await page.goto("/companies/new");
  await page.getByLabel("Company name").fill("Revenue Client Ltd");
  await page.getByRole("button", { name: /Create company/ }).click();
  await expect(page.getByRole("heading", { name: "Revenue Client Ltd" })).toBeVisible();
  await expect(page.getByTestId("revenue-lifetime")).toHaveText("€0");
  const companyUrl = page.url();

  await page.getByRole("link", { name: "Add project" }).click();
  await page.getByRole("button", { name: "Add project" }).click();
  await expect(page.getByText("Project name is required")).toBeVisible();
  await page.getByLabel("Name").fill("New website");
  await page.getByLabel("Type").selectOption({ label: "Website" });
  await page.getByLabel("Amount").fill("2000");
  await page.getByLabel("Status").selectOption({ label: "Paid" });
  await page.getByRole("button", { name: "Add project" }).click();
  await expect(page).toHaveURL(companyUrl);
  await expect(page.getByTestId("company-projects")).toContainText("New website");
  await expect(page.getByTestId("revenue-lifetime")).toHaveText("€2,000");

  await page.getByRole("link", { name: "Add recurring line" }).click();
  await page.getByLabel("Kind").selectOption({ label: "Hosting" });
  await page.getByLabel("Description").fill("Managed hosting");
  await page.getByLabel("Amount").fill("0");
  await page.getByRole("button", { name: "Add recurring line" }).click();
  await expect(page.getByText("Must be more than 0")).toBeVisible();
  await page.getByLabel("Amount").fill("30");
  await page.getByRole("button", { name: "Add recurring line" }).click();
  await expect(page).toHaveURL(companyUrl);
  // The line bills on its first day (today): lifetime and this year 2,000 + 30; MRR 30.
  await expect(page.getByTestId("revenue-mrr")).toHaveText("€30");
  await expect(page.getByTestId("revenue-lifetime")).toHaveText("€2,030");
  await expect(page.getByTestId("revenue-this-year")).toHaveText("€2,030");
  await expect(page.getByTestId("company-recurring-lines")).toContainText("Active");
  await shoot(page, "company");

  // The companies list shows the figures and filters on them.
  await page.goto("/companies?hosting=yes&mrrMin=10");
  const table = page.getByTestId("company-table");
  await expect(table.getByRole("link", { name: "Revenue Client Ltd" })).toBeVisible();
  await expect(table).toContainText("€2,030");
  await page.goto("/companies?hosting=no&q=Revenue%20Client");
  await expect(table.getByRole("link", { name: "Revenue Client Ltd" })).toHaveCount(0);

  await page.goto("/settings/revenue");
  await expect(page.getByLabel("Name of Redesign")).toHaveValue("Redesign");
  await shoot(page, "settings");
});

test("mark a deal won from its page, creating its project in the same step", async ({ page }) => {
  await page.goto("/companies/new");
  await page.getByLabel("Company name").fill("Won Deal Co");
  await page.getByRole("button", { name: /Create company/ }).click();
  await expect(page.getByRole("heading", { name: "Won Deal Co" })).toBeVisible();
  const companyUrl = page.url();
  await page.getByRole("link", { name: "Add deal" }).click();
  await page.getByLabel("Title").fill("Won Deal Co booking site");
  await page.getByLabel("Value", { exact: true }).fill("3500");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: "Won Deal Co booking site" })).toBeVisible();

  await page.getByRole("button", { name: "Mark won" }).click();
  await expect(page.getByLabel("Create a project")).toBeChecked();
  await expect(page.getByLabel("Project name")).toHaveValue("Won Deal Co booking site");
  await expect(page.locator("#projectAmount")).toHaveValue("3500");
  await page.locator("#projectType").selectOption({ label: "App" });
  await page.getByLabel("Why was it won?").fill("Loved the demo");
  await shoot(page, "deal-won");
  await page.getByRole("button", { name: "Mark as won" }).click();
  await expect(page.getByTestId("deal-outcome")).toContainText("Loved the demo");

  await page.goto(companyUrl);
  await expect(page.getByText("Client", { exact: true }).first()).toBeVisible();
  const projects = page.getByTestId("company-projects");
  await expect(projects).toContainText("Won Deal Co booking site");
  await expect(projects).toContainText("In progress");
  await expect(projects).toContainText("from deal Won Deal Co booking site");
});
