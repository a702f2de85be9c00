import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const LEAD = "Template Test Tavern";
const NAME = "E2E cold email";
const shot = (page: Page, name: string) => screenshot(page, `templates-${name}`);

test("create a template (an unknown variable is a field error), star it, preview it with a lead and copy the render", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(LEAD);
  await page.getByLabel("Contact person").fill("Tina Tester");
  await page.getByLabel("City").fill("Latchi");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();

  // The default set was created on first run.
  await page.getByRole("navigation").getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("link", { name: "Cold email: a better website" })).toBeVisible();
  await shot(page, "list");

  await page.getByRole("link", { name: "New template" }).click();
  await page.getByLabel("Name").fill(NAME);
  await page.getByLabel("Subject", { exact: true }).fill("Hello {{ businessName }}");
  await page.getByLabel("Body", { exact: true }).fill("Hi {{ firstname }}");
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page.locator("#body-error")).toContainText("Unknown variable {{ firstname }}");
  await page.getByLabel("Body", { exact: true }).fill('Hi {{ firstName | default: "there" }}, greetings to {{ city }}.\n\n<script>alert(1)</script> **Thanks**, {{ senderName }}');
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/templates$/);

  const row = page.getByTestId("template-row").filter({ hasText: NAME });
  await expect(row).toContainText("Email");
  await expect(row).toContainText("Cold outreach");
  await row.getByRole("button", { name: `Favourite ${NAME}` }).click();
  await expect(row.getByRole("button", { name: `Favourite ${NAME}` })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  // Starred: listed first.
  await expect(page.getByTestId("template-row").first()).toContainText(NAME);
  await page.getByLabel("Filter by category").selectOption({ label: "Call script" });
  await expect(page).toHaveURL(/category=CALL_SCRIPT/);
  await expect(page.getByTestId("template-row").filter({ hasText: NAME })).toHaveCount(0);
  await page.goto("/templates");

  await page.getByRole("link", { name: NAME }).click();
  const preview = page.getByTestId("template-preview");
  await preview.getByRole("combobox").fill("Template Test");
  await page.getByRole("option", { name: new RegExp(LEAD) }).click();
  await expect(preview.getByTestId("preview-subject")).toHaveText(`Hello ${LEAD}`);
  const frame = page.frameLocator('iframe[title="Rendered email"]');
  await expect(frame.locator("body")).toContainText("Hi Tina, greetings to Latchi.");
  await expect(frame.locator("body")).toContainText("<script>alert(1)</script>");
  await expect(frame.locator("strong")).toHaveText("Thanks");
  await expect(frame.locator("script")).toHaveCount(0);
  await shot(page, "preview");

  await preview.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(preview.getByRole("status")).toHaveText("Copied to the clipboard");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Subject: Hello ${LEAD}\n\nHi Tina, greetings to Latchi.`);
  expect(copied).toContain("<script>alert(1)</script> Thanks, Ada Admin");
});
