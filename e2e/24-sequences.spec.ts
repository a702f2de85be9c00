import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fakeResendSent } from "./fake-resend";
import { screenshot, signIn } from "./support";

const CRON_SECRET = process.env.CRON_SECRET ?? "e2e-cron-secret"; // as e2e/server.ts sets it

type Seeded = { template: { id: string; name: string }; leads: Array<{ id: string; name: string; email: string }> };

/** Runs e2e/sequence-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed(tag: string): Seeded {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/sequence-seed.ts", tag], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as Seeded;
}

/** Calls the sequences cron route as Vercel Cron would, at `at` (the test-only clock). */
async function tick(request: APIRequestContext, at: Date) {
  const response = await request.get("/api/cron/sequences", { headers: { authorization: `Bearer ${CRON_SECRET}`, "x-leadwell-test-now": at.toISOString() } });
  expect(response.status()).toBe(200);
  return (await response.json()).summary as { claimed: number; emailsSent: number; tasksCreated: number };
}

test.beforeEach(async ({ page }) => signIn(page));

test("sequences: build email → wait 2 days → WhatsApp task, enrol three leads from the list, run the cron through the test clock, and a reply ends one enrolment", async ({ page, request }) => {
  test.setTimeout(180_000);
  const tag = `Seq${Date.now().toString(36)}`;
  const { template, leads } = seed(tag);

  // Build the sequence: every day, all day, so the test does not depend on the hour it runs.
  await page.goto("/sequences/new");
  await page.getByLabel("Name", { exact: true }).fill(`${tag} follow-up`);
  await page.getByRole("combobox", { name: "Step 1 template" }).selectOption({ label: template.name });
  await expect(page.getByLabel("Step 2 days")).toHaveValue("2");
  await expect(page.getByRole("combobox", { name: "Step 3 channel" })).toHaveValue("WHATSAPP");
  await page.getByLabel("Step 3 message").fill("Hi {{ firstName }}, did you see my email?");
  await page.getByLabel("Sat").check();
  await page.getByLabel("Sun").check();
  await page.getByRole("combobox", { name: "From hour" }).selectOption("0");
  await page.getByRole("combobox", { name: "To hour" }).selectOption("24");
  await screenshot(page, "sequence-builder");
  await page.getByRole("button", { name: "Create sequence" }).click();
  await expect(page.getByRole("heading", { name: `${tag} follow-up` })).toBeVisible();
  const sequenceUrl = page.url();
  await expect(page.getByRole("list", { name: "Sequence steps" })).toContainText("Wait 2 days");
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();

  // Enrol the three leads from the leads list's bulk actions.
  await page.goto(`/leads?q=${tag.toLowerCase()}`);
  await expect(page.getByTestId("lead-table").locator("tbody tr")).toHaveCount(3);
  await page.getByLabel("Select all on this page").check();
  await page.getByRole("button", { name: "Enrol in sequence…" }).click();
  const dialog = page.getByRole("dialog", { name: "Enrol in a sequence" });
  await dialog.getByRole("combobox", { name: "Sequence" }).selectOption({ label: `${tag} follow-up` });
  await dialog.getByRole("button", { name: "Enrol" }).click();
  await expect(page.getByText("Enrolled 3")).toBeVisible();

  // The tick sends the three emails to the fake Resend (the server's own every-minute SEQUENCE_TICK
  // job may take some of them first: each is claimed once, whoever runs it).
  const start = Date.now();
  await tick(request, new Date(start + 60_000));
  const ours = async () => (await fakeResendSent()).filter((email) => leads.some((l) => email.to.includes(l.email)));
  await expect.poll(async () => (await ours()).length, { timeout: 30_000 }).toBe(3);
  const sent = await ours();
  expect(sent.map((email) => email.to[0]).sort()).toEqual(leads.map((l) => l.email).sort());
  expect(sent.every((email) => email.idempotencyKey?.startsWith("sequence/") && email.subject.startsWith(`A question for ${tag} Taverna`))).toBe(true);

  // Lead 1 answers on WhatsApp: logged as an inbound activity on its page, it leaves the sequence.
  await page.goto(`/leads/${leads[0].id}`);
  const card = page.getByRole("region", { name: "Sequences" });
  await expect(card.getByTestId("enrolment-row")).toHaveAttribute("data-status", "ACTIVE");
  await page.getByRole("button", { name: "Log activity" }).click();
  const log = page.getByRole("dialog", { name: "Log activity" });
  await log.getByLabel("Type").selectOption({ label: "WhatsApp" });
  await log.getByLabel("Direction").selectOption("INBOUND");
  await log.getByRole("button", { name: "Log activity" }).click();
  await expect(log).toBeHidden();
  await page.reload();
  await expect(card.getByTestId("enrolment-row")).toHaveAttribute("data-status", "EXITED");
  await expect(card).toContainText("Exited: replied");

  // Two days later the other two get their WhatsApp task, with a wa.me link of their E.164 number.
  const later = await tick(request, new Date(start + 2 * 86_400_000 + 5 * 60_000));
  expect(later.tasksCreated).toBe(2);
  await page.goto(`/leads/${leads[1].id}`);
  const link = card.getByTestId("sequence-task-link");
  await expect(link).toHaveText("Open WhatsApp");
  await expect(link).toHaveAttribute("href", /^https:\/\/wa\.me\/35797754372\?text=Hi%20Eleni2%2C%20did%20you%20see%20my%20email%3F$/);
  await expect(card.getByTestId("enrolment-row")).toHaveAttribute("data-status", "COMPLETED");
  await screenshot(page, "sequence-lead-card");

  // The sequence page: one exited (replied), two completed, and the stats.
  await page.goto(sequenceUrl);
  const rows = page.getByTestId("enrolment-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: leads[0].name })).toHaveAttribute("data-status", "EXITED");
  await expect(rows.filter({ hasText: leads[1].name })).toHaveAttribute("data-status", "COMPLETED");
  await expect(rows.filter({ hasText: leads[2].name })).toHaveAttribute("data-status", "COMPLETED");
  await expect(page.getByRole("region", { name: "Funnel" })).toContainText("Replied");
  await screenshot(page, "sequence-detail");
});
