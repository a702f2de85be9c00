import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support";

test("first visit offers to create the admin account, then sign-in works", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the admin account" })).toBeVisible();

  // Field errors come back inline and nothing is created.
  await page.getByLabel("Your name").fill("Ada Admin");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Not a valid email address")).toBeVisible();
  await expect(page.getByText("At least 10 characters")).toBeVisible();

  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(ADMIN.name);

  // Setup is closed once an admin exists: a visitor without a session lands on sign-in.
  const visitor = await browser.newPage();
  await visitor.goto("/setup");
  await expect(visitor).toHaveURL(/\/sign-in$/);
  await expect(visitor.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await visitor.close();
});

test("sign-in rejects a wrong password and accepts the right one", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signIn(page);
  await expect(page.getByRole("heading", { name: /Hello, Ada/ })).toBeVisible();
});
