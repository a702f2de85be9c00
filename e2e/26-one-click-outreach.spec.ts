import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { fakeTwilioSent } from "./fake-twilio";
import { screenshot, signIn } from "./support";

type Seeded = { templateId: string; templateName: string; leadId: string; rowLeadId: string; noCountryLeadId: string };

/** Runs e2e/outreach-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed(tag: string): Seeded {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/outreach-seed.ts", tag], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as Seeded;
}

const TAG = `oc${Date.now().toString(36)}`;
const LEAD = `Polis Seaside Grill ${TAG}`;
const ROW_LEAD = `Latchi Harbour Cafe ${TAG}`;
const NO_COUNTRY = `Nowhere Diner ${TAG}`;
const shot = (page: Page, name: string) => screenshot(page, `one-click-${name}`);
const dialogOf = (page: Page, channel: string, name: string) => page.getByRole("dialog", { name: `${channel} · ${name}` });
const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

/** Clicks a channel button until its dialog shows (a just-loaded page may not have hydrated yet). */
async function open(button: Locator, dialog: Locator): Promise<Locator> {
  await expect(async () => {
    if (!(await dialog.isVisible())) await button.click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

let seeded: Seeded;
test.beforeAll(() => {
  seeded = seed(TAG);
});

test.beforeEach(async ({ page, context }) => {
  // wa.me is outside the test network: answer the tab the WhatsApp link opens locally.
  await context.route("https://wa.me/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>wa.me</title>" }));
  await signIn(page);
});

test("from a lead page: WhatsApp opens wa.me with the rendered template and logs it, SMS goes through the fake Twilio, a call opens tel:", async ({ page, context }) => {
  await page.goto(`/leads/${seeded.leadId}`);
  await expect(page.getByRole("heading", { name: LEAD })).toBeVisible();

  // WhatsApp: the number normalised from "97 754374" + Cyprus, the template rendered for the lead.
  const whatsapp = await open(page.getByRole("button", { name: `WhatsApp ${LEAD}` }), dialogOf(page, "WhatsApp", LEAD));
  await expect(whatsapp.getByTestId("channel-to")).toContainText("+35797754374");
  await whatsapp.getByLabel("Template").selectOption({ label: seeded.templateName });
  const text = `Hi Eleni, I sketched a new website for ${LEAD} in Polis. Want to see it?`;
  await expect(whatsapp.getByLabel("Message")).toHaveValue(text);
  const link = whatsapp.getByRole("link", { name: "Open WhatsApp" });
  await expect(link).toHaveAttribute("href", `https://wa.me/35797754374?text=${encodeURIComponent(text)}`);
  await shot(page, "whatsapp-dialog");
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await expect.poll(() => tab.url()).toBe(`https://wa.me/35797754374?text=${encodeURIComponent(text)}`);
  await tab.close();
  await expect(notice(page, "WhatsApp logged · lead moved to Contacted")).toBeVisible();
  await expect(whatsapp).toBeHidden();
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('[data-type="WHATSAPP"]')).toContainText(text);
  await expect(timeline).toContainText("New → Contacted");

  // SMS through Twilio (TWILIO_* point at the fake): sent, and logged with the message.
  const before = (await fakeTwilioSent()).length;
  const sms = await open(page.getByRole("button", { name: `SMS ${LEAD}` }), dialogOf(page, "SMS", LEAD));
  await sms.getByLabel("Template").selectOption({ label: seeded.templateName });
  await expect(sms.getByLabel("Message")).toHaveValue(text);
  await sms.getByLabel("Message").fill(`${text} Reply STOP to opt out.`);
  await expect(sms.getByRole("link", { name: "Open in SMS app instead" })).toHaveAttribute("href", `sms:+35797754374?body=${encodeURIComponent(`${text} Reply STOP to opt out.`)}`);
  await shot(page, "sms-dialog");
  await sms.getByRole("button", { name: "Send SMS" }).click();
  await expect(notice(page, "SMS sent through Twilio and logged")).toBeVisible();
  const sent = await fakeTwilioSent();
  expect(sent).toHaveLength(before + 1);
  expect(sent.at(-1)).toMatchObject({ to: "+35797754374", from: "+35799000001", body: `${text} Reply STOP to opt out.` });
  await expect(timeline.locator('[data-type="SMS"]')).toContainText("Reply STOP to opt out.");

  // Call: a tel: link with the call script to read; the click logs the call.
  const call = await open(page.getByRole("button", { name: `Call ${LEAD}` }), dialogOf(page, "Call", LEAD));
  const tel = call.getByRole("link", { name: "Call +35797754374" });
  await expect(tel).toHaveAttribute("href", "tel:+35797754374");
  await shot(page, "call-dialog");
  await tel.click();
  await expect(notice(page, "Call logged")).toBeVisible();
  await expect(timeline.locator('[data-type="CALL"]')).toContainText("Called +35797754374");
  await shot(page, "lead-timeline");
});

// Following a tel: link makes Chromium show its external-protocol prompt, which then holds the
// tab's input: the call is the last click of each test.
test("from a leads-list row: a number without a country is said so, with no link; WhatsApp, SMS and call in one click each", async ({ page, context }) => {
  await page.goto(`/leads?q=${encodeURIComponent(NO_COUNTRY.toLowerCase())}`);
  const refused = await open(page.locator("tbody tr").filter({ hasText: NO_COUNTRY }).getByRole("button", { name: `WhatsApp ${NO_COUNTRY}` }), dialogOf(page, "WhatsApp", NO_COUNTRY));
  await expect(refused.getByTestId("channel-phone-problem")).toContainText("The number 97 754374 has no country code and the record has no country");
  await expect(refused.getByTestId("channel-link")).toHaveCount(0);
  await expect(refused.getByRole("button", { name: "Open WhatsApp" })).toBeDisabled();
  await shot(page, "no-country-dialog");
  await refused.getByRole("button", { name: "Cancel" }).click();

  await page.goto(`/leads?q=${encodeURIComponent(ROW_LEAD.toLowerCase())}`);
  const row = page.locator("tbody tr").filter({ hasText: ROW_LEAD });
  await expect(row).toHaveCount(1);
  const whatsapp = await open(row.getByRole("button", { name: `WhatsApp ${ROW_LEAD}` }), dialogOf(page, "WhatsApp", ROW_LEAD));
  await whatsapp.getByLabel("Template").selectOption({ label: seeded.templateName });
  const text = `Hi Nikos, I sketched a new website for ${ROW_LEAD} in Latchi. Want to see it?`;
  const link = whatsapp.getByRole("link", { name: "Open WhatsApp" });
  await expect(link).toHaveAttribute("href", `https://wa.me/35726321530?text=${encodeURIComponent(text)}`);
  await shot(page, "row-whatsapp-dialog");
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await tab.close();
  await expect(notice(page, "WhatsApp logged · lead moved to Contacted")).toBeVisible();
  await expect.poll(() => row.getByRole("combobox", { name: `Status of ${ROW_LEAD}` }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe("Contacted");

  const before = (await fakeTwilioSent()).length;
  const sms = await open(row.getByRole("button", { name: `SMS ${ROW_LEAD}` }), dialogOf(page, "SMS", ROW_LEAD));
  await sms.getByLabel("Template").selectOption({ label: seeded.templateName });
  await expect(sms.getByLabel("Message")).toHaveValue(text);
  await sms.getByRole("button", { name: "Send SMS" }).click();
  await expect(notice(page, "SMS sent through Twilio and logged")).toBeVisible();
  expect((await fakeTwilioSent()).slice(before)).toEqual([expect.objectContaining({ to: "+35726321530", body: text })]);

  const call = await open(row.getByRole("button", { name: `Call ${ROW_LEAD}` }), dialogOf(page, "Call", ROW_LEAD));
  await call.getByRole("link", { name: "Call +35726321530" }).click();
  await expect(notice(page, "Call logged")).toBeVisible();

  await page.goto(`/leads/${seeded.rowLeadId}`);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('[data-type="WHATSAPP"]')).toContainText(text);
  await expect(timeline.locator('[data-type="SMS"]')).toContainText(text);
  await expect(timeline.locator('[data-type="CALL"]')).toContainText("Called +35726321530");
});

test("a lead board card shows the score, temperature, source and open tasks, and reaches out from the card", async ({ page }) => {
  await page.goto(`/board/leads?tag=${TAG}`);
  const card = page.getByTestId("board-card").filter({ hasText: LEAD });
  await expect(card).toHaveCount(1);
  const facts = card.getByTestId("lead-card-facts");
  await expect(facts.getByTestId("lead-card-score")).toHaveText(/^\d+$/);
  await expect(facts).toContainText(/Hot|Warm|Cold/);
  await expect(facts.getByTestId("lead-card-source")).toHaveText("Google Maps");
  // Two open tasks (one OPEN, one IN_PROGRESS); the DONE one is not counted.
  await expect(facts.getByTestId("lead-card-open-tasks")).toHaveText("2 open tasks");
  await expect(page.getByTestId("board-card").filter({ hasText: ROW_LEAD }).getByTestId("lead-card-open-tasks")).toHaveText("0 open tasks");
  await screenshot(card, "one-click-board-card");
  await shot(page, "board");

  const call = await open(card.getByRole("button", { name: `Call ${LEAD}` }), dialogOf(page, "Call", LEAD));
  await expect(call.getByRole("link", { name: "Call +35797754374" })).toHaveAttribute("href", "tel:+35797754374");
  await call.getByRole("button", { name: "Cancel" }).click();
  const email = await open(card.getByRole("button", { name: `Email ${LEAD}` }), page.getByRole("dialog", { name: `Send email · ${LEAD}` }));
  await expect(email.getByTestId("send-email-form")).toBeVisible();
});
