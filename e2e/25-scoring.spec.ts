import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

test("a lead's score explains itself; a rule change rescores it, makes it HOT and rings the bell", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const tag = `Score${Date.now().toString(36)}`;
  const name = `${tag} Meze Taverna`;
  const niche = `${tag.toLowerCase()}-meze`;

  // A Google-Maps-like lead: no website 25, rated 4.5 (10), 30 reviews (10), email 5, phone 5 = 55.
  await page.goto("/leads/new");
  await expect(page.getByTestId("computed-score")).toContainText("Computed from the scoring rules");
  await page.getByLabel("Business name").fill(name);
  await page.getByLabel("Email").fill(`${tag.toLowerCase()}@example.cy`);
  await page.getByLabel("Phone").fill("+357 26 123456");
  await page.getByLabel("Niche").fill(niche);
  await page.getByLabel("Rating (0–5)").fill("4.5");
  await page.getByLabel("Reviews").fill("30");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const leadUrl = page.url();

  const card = page.getByTestId("score-card");
  await expect(card.getByTestId("lead-score")).toHaveText("55");
  await expect(card.getByText("Warm", { exact: true })).toBeVisible();
  const breakdown = card.getByTestId("score-breakdown");
  await expect(breakdown.getByRole("row", { name: /No website \+25/ })).toBeVisible();
  await expect(breakdown.getByRole("row", { name: /Rated 4\.0 or better \+10/ })).toBeVisible();
  await expect(breakdown.getByRole("row", { name: /Total \(0–100\) 55/ })).toBeVisible();
  await screenshot(card, "lead-score-card");

  // Settings → Scoring: a rule for this lead's niche, +5 (60, still WARM)…
  await page.goto("/settings/scoring");
  await page.getByRole("button", { name: "Add rule" }).click();
  const form = page.getByRole("form", { name: "New rule" });
  await form.getByLabel("Name").fill(`${tag} niche`);
  await form.getByLabel("Looks at").selectOption("niche");
  await form.getByLabel("Condition").selectOption("in");
  await form.getByLabel("Values (comma-separated)").fill(niche);
  await form.getByLabel("Points").fill("5");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("Rule added; leads are being rescored")).toBeVisible();
  await expect(page.getByTestId("scoring-rule").filter({ hasText: `${tag} niche` })).toContainText("+5");

  await page.goto(leadUrl);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("lead-score")).toHaveText("60", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId("score-breakdown").getByRole("row", { name: new RegExp(`${tag} niche \\+5`) })).toBeVisible();

  // …then edited to +20: 75, HOT. The page stays open, so the bell's poll shows it as a toast.
  await page.goto("/settings/scoring");
  await expect(page.getByTestId("notification-bell")).toBeVisible();
  await page.getByRole("button", { name: `Edit ${tag} niche` }).click();
  const edit = page.getByRole("form", { name: `Edit rule ${tag} niche` });
  await edit.getByLabel("Points").fill("20");
  await edit.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByText("Rule saved; leads are being rescored")).toBeVisible();
  await expect(page.getByTestId("notification-toast").filter({ hasText: `${name} is HOT` })).toBeVisible({ timeout: 60_000 });
  await screenshot(page, "scoring-settings");

  await page.goto(leadUrl);
  await expect(page.getByTestId("lead-score")).toHaveText("75");
  await expect(page.getByTestId("score-card").getByText("Hot", { exact: true })).toBeVisible();

  // The bell: unread count and the notification, which leads to the lead.
  const bell = page.getByTestId("notification-bell");
  await expect(page.getByTestId("notification-count")).toBeVisible();
  await bell.click();
  const menu = page.getByTestId("notification-menu");
  await expect(menu.getByText(`${name} is HOT`)).toBeVisible();
  await screenshot(page, "notification-bell");
  await menu.getByText(`${name} is HOT`).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // A manual override with its note, then cleared.
  await page.getByRole("button", { name: "Override score" }).click();
  await page.getByLabel("Score (0–100)").fill("30");
  await page.getByRole("button", { name: "Save override" }).click();
  await expect(page.getByText("A note is required")).toBeVisible();
  await page.getByLabel("Why (required)").fill("Owner said not before summer");
  await page.getByRole("button", { name: "Save override" }).click();
  await expect(page.getByTestId("lead-score")).toHaveText("30");
  await expect(page.getByTestId("score-override")).toContainText("Owner said not before summer");
  await page.getByRole("button", { name: "Clear override" }).click();
  await expect(page.getByTestId("lead-score")).toHaveText("75");

  // The leads list filters by the stored score: from 80 leaves the lead (75) out, from 75 keeps it.
  await page.goto(`/leads?niche=${encodeURIComponent(niche)}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByLabel("Filter by score from").fill("80");
  await page.getByLabel("Filter by score from").press("Enter");
  await expect(page).toHaveURL(/scoreMin=80/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await page.getByLabel("Filter by score from").fill("75");
  await page.getByLabel("Filter by score from").press("Enter");
  await expect(page).toHaveURL(/scoreMin=75/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await screenshot(page, "leads-score-filter");

  await page.goto("/notifications");
  // Twice: it became HOT, went COLD under the override, and became HOT again when it was cleared.
  await expect(page.getByTestId("notification-list").getByText(`${name} is HOT`)).toHaveCount(2);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeDisabled();
});
