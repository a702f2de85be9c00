import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { pdf, png, windowsExecutable } from "../tests/support/sample-files";
import { screenshot, signIn } from "./support";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

test("attach a file to a lead, download it, and see a disguised executable refused", async ({ page, request }) => {
  await signIn(page);
  const leadName = `Attachment Bakery ${Date.now()}`;
  await page.goto("/leads/new");
  await page.getByLabel("Business name").fill(leadName);
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: leadName })).toBeVisible();
  const leadId = page.url().split("/").pop()!;

  const panel = page.getByTestId("attachments");
  await expect(panel.getByRole("heading", { name: "Files (0)" })).toBeVisible();

  // A PDF with a non-ASCII name, as a quote.
  const quote = pdf("Quote for the bakery");
  const quoteName = "Προσφορά 2026 (v2).pdf";
  await panel.getByLabel("File", { exact: true }).setInputFiles({ name: quoteName, mimeType: "application/pdf", buffer: quote });
  await panel.getByLabel("Category").selectOption({ label: "Quote" });
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByRole("heading", { name: "Files (1)" })).toBeVisible();
  const quoteLink = panel.getByRole("link", { name: quoteName });
  await expect(quoteLink).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: quoteName })).toContainText(/Quote.*bytes.*Ada Admin/);

  // A photo: choosing an image preselects the Photo category.
  await panel.getByLabel("File", { exact: true }).setInputFiles({ name: "shopfront.png", mimeType: "image/png", buffer: png() });
  await expect(panel.getByLabel("Category")).toHaveValue("PHOTO");
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByRole("heading", { name: "Files (2)" })).toBeVisible();

  // The download is the same bytes, under the same name, with safe headers.
  const downloading = page.waitForEvent("download");
  await quoteLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(quoteName);
  expect(sha256(fs.readFileSync((await download.path())!))).toBe(sha256(quote));
  const href = (await quoteLink.getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toContain("attachment;");
  expect(sha256(await response.body())).toBe(sha256(quote));

  await screenshot(panel, "attachments-panel");
  await screenshot(page, "attachments-lead-page");

  // An executable renamed .pdf is refused with a clear message, and nothing is listed.
  await panel.getByLabel("File", { exact: true }).setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: windowsExecutable() });
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByRole("alert")).toHaveText("This file is a Windows executable, not a PDF");
  await expect(panel.getByRole("heading", { name: "Files (2)" })).toBeVisible();
  await expect(panel.getByRole("link", { name: "invoice.pdf" })).toHaveCount(0);
  await screenshot(panel, "attachments-refused");

  // A file over the 10 MB limit gets 413 problem JSON.
  const tooLarge = await page.request.post("/api/attachments", {
    multipart: {
      recordType: "lead",
      recordId: leadId,
      category: "DOCUMENT",
      file: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) },
    },
  });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()["content-type"]).toContain("application/problem+json");
  expect((await tooLarge.json()).errors.file).toEqual(["The file is larger than 10 MB"]);

  // Without a session, neither the download nor an upload works.
  const anonymous = await request.get(href, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
  const anonymousUpload = await request.post("/api/attachments", {
    multipart: { recordType: "lead", recordId: leadId, file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("a") } },
  });
  expect(anonymousUpload.status()).toBe(401);
  expect((await page.request.get("/api/attachments/no-such-attachment")).status()).toBe(404);

  // Deleting asks first, then removes the file and its download.
  await panel.getByRole("button", { name: `Delete ${quoteName}` }).click();
  await panel.getByRole("group", { name: `Confirm deleting ${quoteName}` }).getByRole("button", { name: "Delete" }).click();
  await expect(panel.getByRole("heading", { name: "Files (1)" })).toBeVisible();
  await expect(quoteLink).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
});
