import { expect, test, type Page } from "@playwright/test";
import { pressShortcut, screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const LEAD = "Outreach Olive Grove";
const shot = (page: Page, name: string) => screenshot(page, `activities-${name}`);

/** The text of the option chosen in a select. */
const chosen = (page: Page, name: string) => page.getByRole("combobox", { name }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);

test("log outreach from a lead row: the lead moves to Contacted and the touch shows on /outreach and the timeline", async ({ page }) => {
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(LEAD);
  await page.getByLabel("Contact person").fill("Olga Olive");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();

  await page.goto(`/leads?q=${encodeURIComponent("olive grove")}`);
  await expect(await chosen(page, `Status of ${LEAD}`)).toBe("New");
  // Two clicks — the row's button, the type — and submit.
  await page.getByRole("button", { name: `Log outreach to ${LEAD}` }).click();
  const dialog = page.getByRole("dialog", { name: `Log outreach · ${LEAD}` });
  await dialog.getByText("Call", { exact: true }).click();
  await shot(page, "dialog");
  await dialog.getByRole("button", { name: "Log outreach" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Call logged · lead moved to Contacted" })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect.poll(() => chosen(page, `Status of ${LEAD}`)).toBe("Contacted");

  await page.goto("/outreach");
  const row = page.getByTestId("outreach-table").locator("tbody tr").filter({ hasText: LEAD });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Call");
  await expect(row).toContainText("Contacted");
  await expect(page.getByTestId("outreach-today")).toContainText(/Today[1-9]/);
  await page.getByLabel("Filter by type").selectOption({ label: "Email" });
  await expect(page).toHaveURL(/type=EMAIL/);
  await expect(page.getByTestId("outreach-table")).not.toContainText(LEAD);

  await page.goto("/leads?q=olive%20grove");
  await page.getByRole("link", { name: LEAD }).click();
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("New → Contacted");
  const call = timeline.locator('[data-type="CALL"]');
  await expect(call).toContainText("Outbound");
  await expect(call).toContainText("Contacted");
});

test("edit and delete an activity, and a formatted note renders bold", async ({ page }) => {
  await page.goto("/leads?q=olive%20grove");
  await page.getByRole("link", { name: LEAD }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();

  await page.getByLabel("Note").fill("Owner is **very keen** on a *new* site:\n- menu online\n- bookings");
  await page.getByRole("button", { name: "Add note" }).click();
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator("strong", { hasText: "very keen" })).toBeVisible();
  await expect(timeline.locator("em", { hasText: "new" })).toBeVisible();
  await expect(timeline.locator("ul > li", { hasText: "bookings" })).toBeVisible();

  const call = timeline.locator('[data-type="CALL"]');
  await call.getByRole("button", { name: "Entry options" }).click();
  await call.getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit activity" });
  await dialog.getByLabel("Subject").fill("Spoke to Olga");
  await dialog.getByLabel("Duration").fill("12:30");
  await dialog.getByLabel("Outcome").selectOption({ label: "Booked call" });
  await shot(page, "edit-dialog");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(call).toContainText("Spoke to Olga");
  await expect(call).toContainText("12 min 30 s");
  await expect(call).toContainText("Booked call");
  await shot(page, "lead-timeline");

  // Filter the timeline by type through its chips.
  await page.getByRole("navigation", { name: "Filter the timeline by type" }).getByRole("link", { name: /^Note/ }).click();
  await expect(page).toHaveURL(/activity=NOTE/);
  await expect(timeline.locator("[data-type]")).toHaveCount(1);
  await page.getByRole("navigation", { name: "Filter the timeline by type" }).getByRole("link", { name: /^All/ }).click();

  await call.getByRole("button", { name: "Entry options" }).click();
  await call.getByRole("button", { name: "Delete" }).click();
  await call.getByRole("button", { name: "Confirm delete" }).click();
  await expect(timeline).not.toContainText("Spoke to Olga");
  await expect(timeline).toContainText("New → Contacted");
});

test("the L shortcut opens the dialog anywhere; choosing a lead there sets its next follow-up", async ({ page }) => {
  await page.goto("/outreach");
  const dialog = page.getByRole("dialog", { name: "Log outreach" });
  await pressShortcut(page, "l", () => expect(dialog).toBeVisible({ timeout: 1_000 }));
  await dialog.getByText("Email", { exact: true }).click();
  await dialog.getByRole("combobox", { name: /With/ }).fill("olive gr");
  await dialog.getByRole("option", { name: new RegExp(LEAD) }).click();
  await expect(dialog.getByTestId("outreach-target")).toContainText(LEAD);
  await dialog.getByText("No response", { exact: true }).click();
  await dialog.getByLabel("Notes").fill("Second email, no answer yet");
  await dialog.getByLabel("Next follow-up").fill("2031-05-20");
  await dialog.getByRole("button", { name: "Log outreach" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email logged · follow-up Tue 20 May" })).toBeVisible();
  await expect(page.getByTestId("outreach-table")).toContainText("Second email, no answer yet");
  await shot(page, "outreach");

  await page.getByTestId("outreach-table").getByRole("link", { name: LEAD }).first().click();
  await expect(page.getByText("Tue 20 May 2031")).toBeVisible();
  await expect(page.getByTestId("timeline").locator('[data-type="EMAIL"]')).toContainText("No response");
});
