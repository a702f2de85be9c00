import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { resendFixture } from "../tests/support/resend-webhook-fixtures";
import { signResendWebhook } from "../tests/support/sign-resend-webhook";
import { fakeResendSent } from "./fake-resend";
import { screenshot, signIn } from "./support";

/** Runs e2e/campaign-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed<T>(...args: string[]): T {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/campaign-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

/** The value in the stats table's "All" column of `row` (e.g. "Sent"). */
const statsCell = (page: Page, row: string) => page.getByRole("table", { name: "Campaign stats" }).getByRole("row").filter({ has: page.getByRole("cell", { name: row, exact: true }) }).getByRole("cell").nth(1);

test("save a segment from the leads list, create a campaign with a default template, preview its audience, send it and see the stats follow Resend's webhooks", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = `Camp${Date.now().toString(36)}`;
  const { leads } = seed<{ leads: Array<{ name: string; email: string }> }>("leads", tag, "3");
  await signIn(page);

  // A segment: the leads list searched for the tag, with "has email".
  await page.goto(`/leads?q=${tag}`);
  await expect(page.getByText(leads[0].name)).toBeVisible();
  await page.getByRole("button", { name: "Save as segment" }).click();
  const segmentForm = page.getByRole("form", { name: "Save as segment" });
  await segmentForm.getByLabel("Segment name").fill(`${tag} audience`);
  await segmentForm.getByRole("button", { name: "Save" }).click();
  await expect(segmentForm.getByRole("status")).toContainText(`Saved “${tag} audience”`);

  // A campaign with the default cold email (it has {% if city %}: rendered both ways).
  await page.goto("/campaigns/new");
  const form = page.getByRole("form", { name: "Campaign" });
  await form.getByLabel("Name").fill(`${tag} launch`);
  await form.getByLabel("Email template").selectOption({ label: "Cold email: a better website (A/B)" });
  await form.getByLabel("Audience (segment)").selectOption({ label: `${tag} audience (leads)` });
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: `${tag} launch` })).toBeVisible();

  // The audience preview: all three, by name and address.
  await expect(page.getByTestId("audience-count")).toHaveText("3 recipients of 3 matched");
  for (const lead of leads) await expect(page.getByText(`<${lead.email}>`)).toBeVisible();
  await screenshot(page, "17-campaign-draft-desktop");

  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByRole("status")).toHaveText("Sending started");
  // The page refreshes itself while the job runs; the stats replace the form when it is sent.
  await expect(page.getByText("sent", { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel("Sending progress")).toContainText("3 of 3");
  await expect(statsCell(page, "Recipients")).toHaveText("3");
  await expect(statsCell(page, "Sent")).toHaveText("3");
  await expect(statsCell(page, "Not sent yet")).toHaveText("0");

  // Each lead got exactly one email at the fake Resend, with the unsubscribe link and its city line.
  const sent = (await fakeResendSent()).filter((email) => leads.some((lead) => email.to.includes(lead.email)));
  expect(sent).toHaveLength(3);
  for (const email of sent) {
    expect(email.html).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/unsubscribe\/[^"]+"/);
    expect(email.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/unsubscribe\/.+>$/);
  }
  expect(sent.filter((email) => email.html?.includes(" in Latchi"))).toHaveLength(2);

  // Resend reports back through signed webhooks: two delivered, one of them opened, one hard-bounced.
  // The in-process worker processes them and the stats follow.
  const [first, second, third] = sent;
  for (const event of [
    resendFixture("email.delivered", { data: { email_id: first.id, to: first.to } }),
    resendFixture("email.delivered", { data: { email_id: second.id, to: second.to } }),
    resendFixture("email.opened", { data: { email_id: first.id, to: first.to } }),
    resendFixture("email.bounced", { data: { email_id: third.id, to: third.to } }),
  ]) {
    const body = JSON.stringify(event);
    const response = await page.request.post("/api/webhooks/resend", { data: body, headers: { "content-type": "application/json", ...signResendWebhook(body) } });
    expect(response.status()).toBe(200);
  }
  await expect(async () => {
    await page.reload();
    await expect(statsCell(page, "Delivered")).toHaveText(/^2 \(/, { timeout: 1000 });
    await expect(statsCell(page, "Opened")).toHaveText(/^1 \(/, { timeout: 1000 });
    await expect(statsCell(page, "Bounced")).toHaveText(/^1 \(/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "17-campaign-sent-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(statsCell(page, "Sent")).toHaveText("3");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);
  await screenshot(page, "17-campaign-sent-phone");
});

test("delete a saved segment from the segments page, after confirming", async ({ page }) => {
  const name = `Spare ${Date.now().toString(36)}`;
  seed("segment", name);
  await signIn(page);
  await page.goto("/campaigns/segments");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Delete segment “${name}”` }).click();
  await row.getByRole("group", { name: `Confirm deleting segment “${name}”` }).getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(name)).toHaveCount(0);
});
