import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

/** Runs e2e/gamification-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed<T>(...args: string[]): T {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/gamification-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

const tag = `G${Date.now().toString(36)}`;
const shot = (page: Page, name: string) => screenshot(page, `27-gamification-${name}`);
const number = async (page: Page, testId: string) => Number((await page.getByTestId(testId).first().innerText()).replace(/[^\d]/g, ""));

/** Logs a call to `lead` from the leads list (two clicks and submit, as e2e/09 does). */
async function logCall(page: Page, lead: string) {
  await page.goto(`/leads?q=${encodeURIComponent(lead)}`);
  await page.getByRole("button", { name: `Log outreach to ${lead}` }).click();
  const dialog = page.getByRole("dialog", { name: `Log outreach · ${lead}` });
  await dialog.getByText("Call", { exact: true }).click();
  await dialog.getByRole("button", { name: "Log outreach" }).click();
  await expect(dialog).toBeHidden();
}

test("log outreach and see XP, streak and mission move; buy a reward; pause mode freezes the streak", async ({ page }) => {
  test.setTimeout(120_000);
  // A fresh sales user (no XP yet) whose mission today is "log 3 outreach" for 5 tokens.
  const gamer = seed<{ email: string; password: string }>("gamer", tag);
  await signIn(page, gamer);

  await page.goto("/gamification");
  await expect(page.getByRole("heading", { name: "Gamification" })).toBeVisible();
  expect(await number(page, "level-value")).toBe(1);
  expect(await number(page, "xp-value")).toBe(0);
  expect(await number(page, "streak-value")).toBe(0);
  await expect(page.getByTestId("achievements").locator("[data-unlocked='true']")).toHaveCount(0);
  await page.goto("/missions");
  await expect(page.getByTestId("mission-today").getByTestId("mission-progress")).toHaveText(/^0 \/ 3/);

  // Outreach to a new lead: +5 XP for the outreach, +4 for the lead becoming Contacted.
  const lead = `${tag} Arcade`;
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(lead);
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: lead })).toBeVisible();
  await logCall(page, lead);
  // The notification centre shows the achievement as a toast at its next poll (every 15 s).
  await expect(page.getByTestId("notification-toast").filter({ hasText: "Achievement unlocked: First contact" })).toBeVisible({ timeout: 20_000 });
  await shot(page, "achievement-toast");

  await page.goto("/gamification");
  await expect.poll(() => number(page, "xp-value")).toBe(9);
  expect(await number(page, "streak-value")).toBe(1);
  await expect(page.getByTestId("xp-this-week")).toContainText("9 XP");
  await expect(page.getByTestId("achievement-first-outreach")).toHaveAttribute("data-unlocked", "true");
  await shot(page, "page");
  await page.getByTestId("xp-this-week").getByRole("button", { name: "Table" }).click();
  await expect(page.getByTestId("xp-this-week").getByRole("table")).toContainText("9");

  await page.goto("/missions");
  await expect(page.getByTestId("mission-today").getByTestId("mission-progress")).toHaveText(/^1 \/ 3/);
  await expect(page.getByTestId("mission-history")).toContainText("Log 3");
  await shot(page, "missions");

  // The home dashboard's cards say the same.
  await page.goto("/");
  await expect(page.getByTestId("widget-game-level").getByTestId("xp-value")).toHaveText("9 XP");
  await expect(page.getByTestId("widget-game-streak").getByTestId("streak-value")).toHaveText("1");
  await expect(page.getByTestId("widget-game-mission").getByTestId("mission-progress")).toHaveText(/^1 \/ 3/);
  await expect(page.getByTestId("widget-game-boss")).toBeVisible();
  await shot(page, "home");

  await page.goto("/boss");
  await expect(page.getByTestId("boss-current")).toContainText("tokens");
  await shot(page, "boss");
  await page.goto("/goals");
  await expect(page.getByTestId("goal-DAILY_OUTREACH").getByTestId("goal-progress")).toHaveText(/^1 of /);
  await shot(page, "goals");

  // The shop: 2 tokens earned (outreach, lead contacted). Add a 2-token reward and buy it; the defaults cost more.
  await page.goto("/rewards");
  await expect(page.getByTestId("token-balance-value")).toHaveText("2");
  await page.getByText("Manage shop").click();
  await page.getByLabel("New reward", { exact: true }).fill(`${tag} sticker`);
  await page.getByLabel("New reward's price").fill("2");
  await page.getByRole("button", { name: "Add reward" }).click();
  await page.getByRole("button", { name: `Buy ${tag} sticker` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Bought ${tag} sticker for 2 tokens` })).toBeVisible();
  await expect(page.getByTestId("token-balance-value")).toHaveText("0");
  await expect(page.getByTestId("token-ledger").locator("tbody tr").first()).toContainText(`Purchase · ${tag} sticker`);
  await expect(page.getByTestId("token-ledger").locator("tbody tr").first()).toContainText("-2");
  await page.getByRole("button", { name: "Buy Lollies" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not enough tokens: this costs 8 and you have 0." })).toBeVisible();
  await shot(page, "rewards");

  // Pause mode: the banner shows on every page and the streak is frozen, not lost.
  await page.goto("/settings/pause");
  await page.getByLabel("Days").fill("3");
  await page.getByRole("button", { name: "Start pause" }).click();
  await expect(page.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Reason").fill("Trade fair in Limassol");
  await page.getByRole("button", { name: "Start pause" }).click();
  await expect(page.getByTestId("pause-active")).toBeVisible();
  await expect(page.getByTestId("pause-banner")).toContainText("Pause mode is on");
  await shot(page, "pause-settings");
  await page.goto("/gamification");
  await expect(page.getByTestId("pause-banner")).toContainText("Trade fair in Limassol");
  expect(await number(page, "streak-value")).toBe(1);
  await expect(page.getByTestId("streak-frozen")).toBeVisible();
  await page.goto("/missions");
  await expect(page.getByTestId("pause-banner")).toBeVisible();
  await shot(page, "paused");

  // Ending the pause takes the banner away.
  await page.goto("/settings/pause");
  await page.getByRole("button", { name: "End pause" }).click();
  await expect(page.getByTestId("pause-banner")).toHaveCount(0);
  await page.goto("/gamification");
  await expect(page.getByTestId("streak-frozen")).toHaveCount(0);
  expect(await number(page, "streak-value")).toBe(1);
});
