import { expect, test } from "@playwright/test";
import { pressShortcut, screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

test("create, edit and delete a lead", async ({ page }) => {
  await page.goto("/leads/new");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByText("Business name is required")).toBeVisible();

  await page.getByLabel("Business name").fill("Psaropoulos Fish Tavern");
  await page.getByLabel("Email").fill("hello@psaropoulos.example");
  await page.getByLabel("Phone").fill("+357 26 000 111");
  await page.getByLabel("City").fill("Latchi");
  await page.getByLabel("Website", { exact: true }).fill("psaropoulos.example");
  await page.getByLabel("Outdated").check();
  await page.getByLabel("Estimated value").fill("1500");
  await page.getByLabel("Tags").fill("seafood, e2e");
  await page.getByRole("button", { name: "Create lead" }).click();

  await expect(page.getByRole("heading", { name: "Psaropoulos Fish Tavern" })).toBeVisible();
  await expect(page.getByText("https://psaropoulos.example")).toBeVisible();
  await expect(page.getByText("€1,500")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Business name").fill("Psaropoulos Fish Taverna");
  await page.getByLabel("Rating (0–5)").fill("7");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Between 0 and 5")).toBeVisible();
  await page.getByLabel("Rating (0–5)").fill("4.6");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Psaropoulos Fish Taverna" })).toBeVisible();

  await page.getByLabel("Note").fill("Owner prefers calls after 5pm");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("timeline")).toContainText("Owner prefers calls after 5pm");

  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Contacted" });
  await expect(page.getByTestId("timeline")).toContainText("New → Contacted");

  await page.getByRole("button", { name: "Delete" }).click();
  await screenshot(page, "lead-delete-confirm");
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByTestId("lead-table")).not.toContainText("Psaropoulos Fish Taverna");
});

test("filter, search and bulk-change the status of leads", async ({ page }) => {
  for (const [name, city] of [
    ["Bulk Alpha Cafe", "Polis"],
    ["Bulk Beta Bistro", "Polis"],
    ["Bulk Gamma Grill", "Paphos"],
  ]) {
    await page.goto("/leads/new");
    await page.getByLabel("Business name").fill(name);
    await page.getByLabel("City").fill(city);
    await page.getByRole("button", { name: "Create lead" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }

  await page.goto("/leads");
  await page.getByRole("searchbox", { name: /Search leads/ }).fill("bulk");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=bulk/);
  await expect(page.getByTestId("lead-table").locator("tbody tr")).toHaveCount(3);

  await page.getByLabel("Filter by city").selectOption("Polis");
  await expect(page).toHaveURL(/city=Polis/);
  await expect(page.getByTestId("lead-table").locator("tbody tr")).toHaveCount(2);

  // The URL holds the view: reloading keeps the filtered list.
  await page.reload();
  await expect(page.getByTestId("lead-table").locator("tbody tr")).toHaveCount(2);

  await page.getByLabel("Select all on this page").check();
  await page.getByRole("combobox", { name: "New status" }).selectOption({ label: "Qualified" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Status changed on 2 leads")).toBeVisible();

  await page.goto("/leads?q=bulk");
  await page.getByLabel("Filter by status").selectOption({ label: "Qualified" });
  await expect(page.getByTestId("lead-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("lead-table")).not.toContainText("Bulk Gamma Grill");
});

test("Ctrl+K opens the global search and a hit opens the lead", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("combobox", { name: "Search leads, companies and contacts" });
  await pressShortcut(page, "Control+k", () => expect(search).toBeFocused({ timeout: 1_000 }));
  await search.fill("gamma grill");
  const hit = page.getByRole("option", { name: /Bulk Gamma Grill/ });
  await expect(hit).toBeVisible();
  await screenshot(page, "global-search");
  await hit.click();
  await expect(page.getByRole("heading", { name: "Bulk Gamma Grill" })).toBeVisible();
});
