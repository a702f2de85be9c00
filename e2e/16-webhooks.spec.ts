import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { resendFixture } from "../tests/support/resend-webhook-fixtures";
import { signResendWebhook } from "../tests/support/sign-resend-webhook";
import { screenshot, signIn } from "./support";

test.beforeEach(async ({ page }) => signIn(page));

const LEAD = "Webhook Tavern";
const ADDRESS = "owner@webhook-tavern.example";
const shot = (page: Page, name: string) => screenshot(page, `webhooks-${name}`);

/** Runs e2e/webhook-seed.ts against the database of the server under test: an email sent to the lead through Resend. */
function seedSentEmail(leadId: string): { messageId: string; providerId: string } {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/webhook-seed.ts", leadId, ADDRESS], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as { messageId: string; providerId: string };
}

/** Posts a Resend event to the webhook as Resend does: the raw JSON with its Svix signature headers (the server's RESEND_WEBHOOK_SECRET, e2e/server.ts). */
async function postEvent(request: APIRequestContext, event: unknown, sign = true) {
  const body = JSON.stringify(event);
  return request.post("/api/webhooks/resend", { data: body, headers: { "content-type": "application/json", ...(sign ? signResendWebhook(body) : {}) }, failOnStatusCode: false });
}

test("signed Resend events show on the lead's timeline, and a hard bounce lands on Settings → Suppression", async ({ page, request }) => {
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(LEAD);
  await page.getByLabel("Email").fill(ADDRESS);
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();
  const leadId = new URL(page.url()).pathname.split("/").pop() as string;
  const { providerId } = seedSentEmail(leadId);

  const unsigned = await postEvent(request, resendFixture("email.opened", { data: { email_id: providerId } }), false);
  expect(unsigned.status()).toBe(401);
  expect(unsigned.headers()["content-type"]).toContain("application/problem+json");

  const now = Date.now();
  const at = (seconds: number) => new Date(now - 60_000 + seconds * 1000);
  const click = { ipAddress: "122.115.53.11", link: "https://webhook-tavern.example/new-site", timestamp: at(30).toISOString(), userAgent: "Mozilla/5.0" };
  for (const event of [
    resendFixture("email.opened", { data: { email_id: providerId, to: [ADDRESS] }, createdAt: at(20) }),
    resendFixture("email.clicked", { data: { email_id: providerId, to: [ADDRESS], click }, createdAt: at(30) }),
    // Late and out of order: the email stays Clicked.
    resendFixture("email.delivered", { data: { email_id: providerId, to: [ADDRESS] }, createdAt: at(10) }),
  ]) {
    const response = await postEvent(request, event);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ received: true, duplicate: false });
  }

  // The in-process worker processes them within about 1.5 s of the answer (the batch window, then its next poll).
  const timeline = page.getByTestId("timeline");
  await expect(async () => {
    await page.reload();
    await expect(timeline.locator('[data-type="EMAIL_OPENED"]')).toHaveCount(1, { timeout: 1000 });
    await expect(timeline.locator('[data-type="EMAIL_CLICKED"]')).toContainText("https://webhook-tavern.example/new-site", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(timeline.locator('[data-type="EMAIL_OPENED"]')).toContainText("A faster website for your tavern");
  await shot(page, "timeline");

  // Resend's documented hard bounce ("Permanent") suppresses the address.
  const bounce = await postEvent(request, resendFixture("email.bounced", { data: { email_id: providerId, to: [ADDRESS] } }));
  expect(bounce.status()).toBe(200);
  await page.getByRole("navigation").getByRole("link", { name: "Suppression" }).click();
  await expect(page.getByRole("heading", { name: "Suppression list" })).toBeVisible();
  const row = page.getByTestId("suppression-row").filter({ hasText: ADDRESS });
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Hard bounce", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).toContainText("suppression list because it has a recent history of producing hard bounces");

  // Added by hand, then found by searching its note.
  await page.getByLabel("Email address", { exact: true }).fill("Do.Not.Email@Example.com");
  await page.getByLabel("Note", { exact: true }).fill("Asked on the phone");
  await page.getByRole("button", { name: "Add to the list" }).click();
  const manual = page.getByTestId("suppression-row").filter({ hasText: "do.not.email@example.com" });
  await expect(manual).toContainText("Manual");
  await expect(manual).toContainText("Ada Admin");
  await shot(page, "suppression-list");
  await page.getByLabel("Search address or note").fill("phone");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("suppression-row")).toHaveCount(1);
  await expect(page.getByTestId("suppression-row")).toContainText("do.not.email@example.com");

  // An admin removes it with a reason; the bounce entry stays.
  await page.getByRole("link", { name: "Clear" }).click();
  await manual.getByRole("button", { name: "Remove do.not.email@example.com" }).click();
  await manual.getByRole("button", { name: "Confirm remove" }).click();
  await expect(manual.getByRole("alert")).toContainText("required");
  await manual.getByLabel("Why do.not.email@example.com may be emailed again").fill("Added by mistake");
  await shot(page, "suppression-remove");
  await manual.getByRole("button", { name: "Confirm remove" }).click();
  await expect(manual).toHaveCount(0);
  await expect(row).toBeVisible();
});
