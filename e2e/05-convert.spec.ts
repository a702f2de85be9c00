import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

test("choosing status Won offers the conversion, which creates the company and contact", async ({ page }) => {
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill("Convert Me Cafe");
  await page.getByLabel("Contact person").fill("Eleni Georgiou");
  await page.getByLabel("Email").fill("eleni@convertme.example");
  await page.getByLabel("Website", { exact: true }).fill("convertme.example");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: "Convert Me Cafe" })).toBeVisible();
  await page.getByLabel("Note").fill("Met at the harbour");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("timeline")).toContainText("Met at the harbour");

  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Won" });
  await expect(page).toHaveURL(/\/leads\/[^/]+\/convert$/);
  await expect(page.getByLabel("Create a new company")).toBeChecked();
  await page.getByLabel("Company name").fill("Convert Me Cafe Ltd");
  await page.getByRole("button", { name: "Convert lead" }).click();

  await expect(page).toHaveURL(/\/companies\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Convert Me Cafe Ltd" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Eleni Georgiou" }).first()).toBeVisible();
  // The lead's history now shows on the company too.
  await expect(page.getByText("Met at the harbour")).toBeVisible();

  await page.goto("/leads?view=converted");
  await expect(page.getByTestId("lead-table")).toContainText("Convert Me Cafe");
  await page.goto("/leads?q=convert%20me");
  await expect(page.getByTestId("lead-table")).not.toContainText("Convert Me Cafe");
});
