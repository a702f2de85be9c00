import { expect, type Page } from "@playwright/test";

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
