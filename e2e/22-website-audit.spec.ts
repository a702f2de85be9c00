import { expect, test } from "@playwright/test";
import { startFixtureSites, type FixtureSiteKind, type FixtureSites } from "../tests/support/fixture-sites";
import { screenshot, signIn } from "./support";

let sites: FixtureSites;

// Fixture sites on 127.0.0.1, served from this test process; the e2e server may fetch loopback (e2e/server.ts).
test.beforeAll(async () => {
  sites = await startFixtureSites();
});

test.afterAll(async () => {
  await sites.close();
});

test("audit three fixture leads from the list in bulk and see their issues and evidence on the lead page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const tag = `Audit${Date.now().toString(36)}`;
  const leads: Array<{ name: string; kind: FixtureSiteKind }> = [
    { name: `${tag} Outdated Plumbing`, kind: "outdated" },
    { name: `${tag} Desktop Bakery`, kind: "no-viewport" },
    { name: `${tag} Broken Garage`, kind: "broken-links" },
  ];
  for (const lead of leads) {
    await page.goto("/leads/new");
    await page.getByLabel("Business name").fill(lead.name);
    await page.getByLabel("Website", { exact: true }).fill(sites.url(lead.kind));
    await page.getByRole("button", { name: "Create lead" }).click();
    await expect(page.getByRole("heading", { name: lead.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Website audit" }).getByText("Not audited yet.")).toBeVisible();
  }

  await page.goto(`/leads?q=${tag}`);
  for (const lead of leads) await page.getByLabel(`Select ${lead.name}`).check();
  await page.getByRole("button", { name: "Audit websites" }).click();
  await expect(page.getByText("Website audit queued for 3 leads")).toBeVisible();

  const expectations: Record<string, { issue: string; evidence: RegExp }> = {
    outdated: { issue: "Outdated", evidence: /© 2015 in the footer — \d+ years old/ },
    "no-viewport": { issue: "Not mobile friendly", evidence: /No <meta name="viewport"> tag/ },
    "broken-links": { issue: "Broken features", evidence: /2 of 4 internal links broken/ },
  };
  for (const lead of leads) {
    await page.goto(`/leads?q=${tag}`);
    await page.getByRole("link", { name: lead.name }).click();
    await expect(page.getByRole("heading", { name: lead.name })).toBeVisible();
    const card = page.getByRole("region", { name: "Website audit" });
    // The in-process worker runs the job; reload until its result is there.
    await expect(async () => {
      await page.reload();
      await expect(card.getByText("Checked", { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    const expected = expectations[lead.kind];
    await expect(card.getByTestId("audit-issues").getByText(expected.issue)).toBeVisible();
    await expect(card.getByText(expected.evidence)).toBeVisible();
    await expect(card.getByText("Served over plain HTTP")).toBeVisible();
    await expect(page.getByText(expected.issue, { exact: false }).first()).toBeVisible();
    if (lead.kind === "outdated") await screenshot(card, "website-audit-card");
  }

  // Re-audit runs inline for one lead and keeps the same findings.
  const card = page.getByRole("region", { name: "Website audit" });
  await card.getByRole("button", { name: "Re-audit" }).click();
  await expect(card.getByRole("button", { name: "Re-audit" })).toBeEnabled({ timeout: 30_000 });
  await expect(card.getByText(/2 of 4 internal links broken/)).toBeVisible();
  await screenshot(page, "website-audit-lead-page");
});
