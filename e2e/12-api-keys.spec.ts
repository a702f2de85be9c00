import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./support";

test("an API key made in Profile works against the API until it is revoked, then gets 401", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/settings/profile");
  await page.getByLabel("Key name").fill("e2e script");
  await page.getByLabel("Scope").selectOption("READ");
  await page.getByRole("button", { name: "Create key" }).click();
  const token = (await page.getByTestId("api-token").textContent())!.trim();
  expect(token).toMatch(/^lw_[A-Za-z0-9_-]{43}$/);
  const item = page.locator(`li[data-api-key="${token.slice(0, 11)}"]`);
  await expect(item).toContainText("e2e script");
  await expect(item).toContainText("never used");
  await screenshot(page, "api-keys-created");

  const listLeads = () => request.get("/api/v1/leads?limit=5", { headers: { authorization: `Bearer ${token}` } });
  const answer = await listLeads();
  expect(answer.status()).toBe(200);
  const page1 = (await answer.json()) as { data: { id: string; name: string }[]; nextCursor: string | null };
  expect(page1.data.length).toBeGreaterThan(0);
  expect(page1.data.length).toBeLessThanOrEqual(5);

  // A READ key may not write.
  const write = await request.post("/api/v1/leads", { headers: { authorization: `Bearer ${token}` }, data: { name: "Not allowed" } });
  expect(write.status()).toBe(403);
  expect(write.headers()["content-type"]).toContain("application/problem+json");

  await page.reload();
  await expect(item).not.toContainText("never used");
  await item.getByRole("button", { name: "Revoke e2e script" }).click();
  await item.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(item).toContainText("Revoked");
  await expect(item.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await screenshot(page, "api-keys-revoked");

  const after = await listLeads();
  expect(after.status()).toBe(401);
  expect(((await after.json()) as { title: string }).title).toBe("Unauthorized");
});

test("the API reference at /api-docs reads without signing in and lists the lead endpoints", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Leadwell REST API");
  await expect(page.locator('[data-operation="GET /api/v1/leads"]')).toContainText("List leads");
  await expect(page.locator('[data-operation="POST /api/v1/leads/import"]')).toBeVisible();
  await screenshot(page.locator("header").first(), "api-docs-intro");
  await screenshot(page.locator('[data-operation="GET /api/v1/leads"]'), "api-docs-list-leads");
  await screenshot(page.locator('[data-operation="POST /api/v1/leads"]'), "api-docs-create-lead");
  await page.getByRole("link", { name: "Lead", exact: true }).first().click();
  await expect(page).toHaveURL(/#schema-Lead$/);
  await screenshot(page, "api-docs");
});
