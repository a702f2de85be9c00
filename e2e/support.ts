import { expect, type Locator, type Page } from "@playwright/test";
import path from "node:path";

/** The admin created by the first-run spec and used by every later spec. */
export const ADMIN = { name: "Ada Admin", email: "admin@leadwell.test", password: "correct horse battery" };

/** Signs in through the sign-in form and waits for the home page. */
export async function signIn(page: Page, user: { email: string; password: string } = ADMIN): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/**
 * Presses a global keyboard shortcut until `opened` passes (its handler is attached only once the
 * page has hydrated, which a just-loaded page may not have yet).
 */
export async function pressShortcut(page: Page, key: string, opened: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.keyboard.press(key);
    await opened();
  }).toPass({ timeout: 15_000 });
}

/**
 * Saves a screenshot for a person to look at (never compared): the whole page, or one element,
 * into `E2E_SHOTS_DIR` (default `test-results/shots`) as `<name>.png`.
 */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  const file = path.join(SHOTS_DIR, `${name}.png`);
  if ("goto" in target) await target.screenshot({ path: file, fullPage: true });
  else await target.screenshot({ path: file });
}

const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? path.join("test-results", "shots");
