import { expect, test, type Page } from "@playwright/test";
import { fakeResendSent } from "./fake-resend";
import { screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const LEAD = "Send Test Bistro";
const ADDRESS = "sofia@send-test-bistro.example";
const shot = (page: Page, name: string) => screenshot(page, `email-${name}`);

test("send a template email to a lead through the fake Resend, see it on the timeline, unsubscribe from its link and be refused afterwards", async ({ page, browser }) => {
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(LEAD);
  await page.getByLabel("Contact person").fill("Sofia Sender");
  await page.getByLabel("Email").fill(ADDRESS);
  await page.getByLabel("City").fill("Paphos");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();
  const leadUrl = page.url();

  await page.getByRole("button", { name: "Send email" }).click();
  const dialog = page.getByRole("dialog", { name: `Send email · ${LEAD}` });
  await expect(dialog.getByTestId("email-to")).toHaveText(ADDRESS);
  // RESEND_API_KEY is set (the fake), so no outbox banner.
  await expect(dialog.getByTestId("outbox-banner")).toHaveCount(0);

  // An unknown variable is a field error, as in templates.
  await dialog.getByLabel("Subject").fill("Hi {{ password }}");
  await dialog.getByLabel("Message").fill("x");
  await dialog.getByRole("button", { name: "Send", exact: true }).click();
  await expect(dialog.locator("#email-subject-error")).toContainText("Unknown variable {{ password }}");

  await dialog.getByLabel("Template").selectOption({ label: "Cold email: a better website" });
  await expect(dialog.getByLabel("Subject")).not.toHaveValue("Hi {{ password }}");
  const subjectSource = await dialog.getByLabel("Subject").inputValue();
  expect(subjectSource).toContain("{{");
  await dialog.getByRole("button", { name: "Preview" }).click();
  const preview = dialog.getByTestId("email-preview");
  await expect(preview).toContainText("Subject:");
  await expect(preview.frameLocator('iframe[title="Rendered email"]').locator("body")).toContainText("Sofia");
  await shot(page, "send-dialog");
  const renderedSubject = (await preview.locator("span.font-medium").innerText()).trim();

  await dialog.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Email sent to ${ADDRESS}` })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const entry = page.getByTestId("timeline-entry").filter({ hasText: renderedSubject }).first();
  await expect(entry).toBeVisible();
  await expect(entry).toHaveAttribute("data-type", "EMAIL");
  await shot(page, "timeline");

  const sent = (await fakeResendSent()).filter((email) => email.to.includes(ADDRESS));
  expect(sent).toHaveLength(1);
  expect(sent[0].subject).toBe(renderedSubject);
  expect(sent[0].from).toBe("Ada Admin <leadwell@e2e.example>");
  expect(sent[0].headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const link = /^<(.+)>$/.exec(sent[0].headers?.["List-Unsubscribe"] ?? "")?.[1];
  expect(link).toMatch(/\/api\/unsubscribe\/[^/]+$/);

  // The recipient has no session: a fresh browser context opens the link from the email.
  const stranger = await browser.newContext();
  const recipientPage = await stranger.newPage();
  await recipientPage.goto(link as string);
  await expect(recipientPage).toHaveURL(/\/unsubscribe\/[^/]+$/);
  await expect(recipientPage.getByRole("heading", { name: "Unsubscribe?" })).toBeVisible();
  await shot(recipientPage, "unsubscribe-page");
  await recipientPage.getByRole("button", { name: `Unsubscribe ${ADDRESS}` }).click();
  await expect(recipientPage.getByTestId("unsubscribed")).toContainText(`${ADDRESS} will get no more emails`);
  await shot(recipientPage, "unsubscribed");
  await stranger.close();

  // The address is suppressed: the send dialog refuses it, with the reason.
  await page.goto(leadUrl);
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Unsubscribed from email" })).toBeVisible();
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByRole("dialog").locator("#email-to-error")).toContainText(`${ADDRESS} is on the suppression list: unsubscribed on`);
  await expect(page.getByRole("dialog").getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await shot(page, "send-refused");
});

test("settings → email shows the sender, the webhook URL and no webhook yet; the test email goes through Resend; the outbox page", async ({ page }) => {
  await page.goto("/settings/email");
  await expect(page.getByTestId("webhook-url")).toHaveText(/\/api\/webhooks\/resend$/);
  await expect(page.getByTestId("last-webhook")).toHaveText(/none yet|verified/);
  await page.getByLabel("Reply-to").fill("not an address");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#email-replyTo-error")).toBeVisible();
  await page.getByLabel("Reply-to").fill("replies@e2e.example");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved")).toBeVisible();
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText(/Test email sent to admin@leadwell\.test/)).toBeVisible();
  const test = (await fakeResendSent()).filter((email) => email.subject === "Leadwell test email");
  expect(test.at(-1)?.replyTo).toBe("replies@e2e.example");
  await shot(page, "settings");

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await shot(page, "outbox");
});
