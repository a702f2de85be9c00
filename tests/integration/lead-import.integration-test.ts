import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { googleMapsPreset } from "@/lib/import/presets/google-maps";
import { PREVIEW_SAMPLE_BYTES, type LeadImportDedupe, type LeadImportSettingsInput } from "@/lib/validation/import";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { startWorker } from "@/server/jobs/worker";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { importUploadPath } from "@/server/services/imports/import-upload-path";
import { listImportMappings } from "@/server/services/imports/list-import-mappings";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { saveImportMapping } from "@/server/services/imports/save-import-mapping";
import { startLeadImport } from "@/server/services/imports/start-lead-import";
import { exportJobRowErrors } from "@/server/services/jobs/export-job-row-errors";
import { getJob } from "@/server/services/jobs/get-job";
import { createTestUser, leadStages, type TestActor } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

const CYPRUS = path.resolve(process.cwd(), "../shared/data/google_maps_gosom_scraper/results_cyprus_restaurants.csv");
const kind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";

let uploadDir: string;
let admin: TestActor;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  admin = await createTestUser("ADMIN", "Asia/Nicosia");
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** Imports a file the way the command line does: preview its start for format and mapping, then import. */
async function importCsv(actor: TestActor | null, text: string, dedupe: LeadImportDedupe, settings: Partial<LeadImportSettingsInput> = {}) {
  const preview = await previewLeadImport({
    sample: text.slice(0, PREVIEW_SAMPLE_BYTES / 2),
    truncated: text.length > PREVIEW_SAMPLE_BYTES / 2,
  });
  return importLeadFile(actor, {
    source: Readable.from([Buffer.from(text)]),
    settings: { fileName: "test.csv", format: preview.format, mapping: preview.mapping, dedupe, preset: preview.preset, ...settings },
  });
}

const cyprusCsv = () => fs.readFileSync(CYPRUS, "utf8");

describe("importing the Google Maps scrape of Cyprus restaurants", () => {
  it("previews the file as a google-maps export with JSON columns and converted rows", async () => {
    const text = cyprusCsv();
    const preview = await previewLeadImport({ sample: text.slice(0, 200_000), truncated: true });
    expect(preview.format).toEqual({ delimiter: ",", hasHeader: true });
    expect(preview.preset).toBe("google-maps");
    expect(preview.columns).toHaveLength(32);
    expect(preview.jsonColumns).toEqual(expect.arrayContaining(["complete_address.city", "complete_address.country", "owner.name"]));
    expect(preview.mapping).toEqual(googleMapsPreset.mapping);
    expect(preview.dedupe).toEqual({ match: ["externalId"], mode: "skip" });
    expect(preview.mappingErrors).toEqual({});
    expect(preview.rows[0]).toEqual({
      line: 2,
      error: null,
      values: expect.objectContaining({ name: "Island Beach Bar and Restaurant", rating: "4.4", country: "Cyprus", source: "google-maps" }),
    });
    expect(preview.examples["complete_address.city"]).toBe("Poli Crysochous");
  });

  it("creates 118 leads from 125 rows, skipping the 7 repeated places", async () => {
    const summary = await importCsv(admin, cyprusCsv(), { match: ["externalId"], mode: "skip" });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 118, updated: 0, skipped: 7, failed: 0 });
    const job = await getDb().job.findUniqueOrThrow({ where: { id: summary.jobId } });
    expect(job).toMatchObject({ total: 125, processed: 125, createdById: admin.id });
    expect(fs.existsSync(importUploadPath((job.payload as { upload: string }).upload))).toBe(false);
    expect(await getDb().lead.count()).toBe(118);
  });

  it("stores the fields of named places", async () => {
    const stages = await leadStages();
    const lead = (name: string) => getDb().lead.findFirstOrThrow({ where: { name } });
    expect(await lead("Island Beach Bar and Restaurant")).toMatchObject({
      niche: "Restaurant",
      phone: "97 754374",
      phoneDigits: "97754374",
      website: null,
      hasWebsite: false,
      rating: 4.4,
      reviewCount: 623,
      address: "29RR+CPC Island Beach Bar and Restaurant, Λεοφόρος Ακάμαντος, Poli Crysochous",
      city: "Poli Crysochous",
      country: "Cyprus",
      externalId: "0x14e775b739165b35:0x7e80ca7641cd7953",
      source: "google-maps",
      ownerId: admin.id,
      stageId: stages.New,
    });
    expect((await lead("Island Beach Bar and Restaurant")).mapsUrl).toMatch(/^https:\/\/www\.google\.com\/maps\/place\/Island\+Beach\+Bar/);
    expect(await lead("Porto Latchi Restaurant & Fish Tavern")).toMatchObject({
      phone: "26 321530",
      website: "http://www.portolatchi.com/",
      websiteDomain: "portolatchi.com",
      hasWebsite: true,
      rating: 4.2,
      reviewCount: 1056,
      city: "Poli Crysochous",
      externalId: "0x14e775b72312c62d:0x47f765476a18eeb2",
    });
    expect(await lead("Parea Taverna")).toMatchObject({
      phone: "96 306218",
      website: "https://www.facebook.com/tavernhparea",
      websiteDomain: "facebook.com",
      hasWebsite: true,
      rating: 4.9,
      reviewCount: 1344,
      address: "Ayiou Nikolaou 6, Poli Crysochous 8820",
    });
  });

  it("imports no reviewer data", async () => {
    const leads = await getDb().lead.findMany({ select: { contactName: true, email: true, notes: true, searchText: true } });
    expect(leads.every((l) => l.contactName === null && l.email === null && l.notes === null)).toBe(true);
    expect(leads.some((l) => l.searchText.includes("urs schlegel"))).toBe(false);
  });

  it("skips every row when the same file is imported again", async () => {
    const summary = await importCsv(admin, cyprusCsv(), { match: ["externalId"], mode: "skip" });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 0, skipped: 125, failed: 0 });
    expect(await getDb().lead.count()).toBe(118);
  });

  it("updates matching leads in update mode, overwriting only mapped fields that have a value", async () => {
    const porto = await getDb().lead.findFirstOrThrow({ where: { name: "Porto Latchi Restaurant & Fish Tavern" } });
    await getDb().lead.update({ where: { id: porto.id }, data: { rating: 1, city: null, notes: "Call after 5 pm", temperature: "HOT" } });
    const summary = await importCsv(admin, cyprusCsv(), { match: ["externalId"], mode: "update" });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 125, skipped: 0, failed: 0 });
    expect(await getDb().lead.count()).toBe(118);
    expect(await getDb().lead.findUniqueOrThrow({ where: { id: porto.id } })).toMatchObject({
      rating: 4.2,
      city: "Poli Crysochous",
      notes: "Call after 5 pm",
      // Rescored with the batch (lead scoring): no rules in this database, so 0 and COLD.
      temperature: "COLD",
    });
    const audits = await getDb().auditLog.findMany({ where: { action: "update", entityType: "Lead" } });
    expect(audits.map((a) => a.entityId)).toEqual([porto.id]);
    expect(audits[0].changes).toMatchObject({ rating: [1, 4.2], city: [null, "Poli Crysochous"] });
  });
});

describe("a malformed CSV", () => {
  const huge = "H".repeat(300_000);
  const csv = [
    "name,email,rating,temperature,website issues,tags,notes", // 1
    "Valid One,one@example.cy,4.5,hot,outdated,seafood,", // 2
    "Bad Email,not-an-email,4,warm,,ghost-tag,", // 3
    "Bad Rating,rating@example.cy,great,,,ghost-tag,", // 4
    "Bad Enum,enum@example.cy,3,BOILING,flashy,ghost-tag,", // 5
    "Too Many,many@example.cy,3,cold,,,,extra", // 6
    `${huge},huge@example.cy,3,,,,`, // 7
    '"<script>alert(""x"")</script>",script@example.cy,2,,,,', // 8
    '"Multi Line",multi@example.cy,5,,"slow loading, broken features","a;b","first', // 9
    'second line"', // 10
    "Same Email,ONE@example.cy,1,,,,", // 11
    "", // 12
    "Valid Two,two@example.cy,,,,,", // 13
    'Unclosed,"quote,3,,,,', // 14
    "Swallowed,swallowed@example.cy,1,,,,", // 15
  ].join("\r\n");

  let jobId: string;

  it("imports the valid rows and reports each rejected row with its line and reason", async () => {
    const leadsBefore = await getDb().lead.count();
    const summary = await importCsv(admin, csv, { match: ["email"], mode: "skip" }, { fileName: "messy.csv" });
    jobId = summary.jobId;
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 4, skipped: 1, failed: 6 });
    const names = (await getDb().lead.findMany({ where: { source: null, email: { endsWith: "@example.cy" } }, select: { name: true } })).map((l) => l.name);
    expect(names.sort()).toEqual(["<script>alert(\"x\")</script>", "Multi Line", "Valid One", "Valid Two"]);
    expect(await getDb().lead.count()).toBe(leadsBefore + 4);

    const errors = await getDb().jobRowError.findMany({ where: { jobId }, orderBy: { line: "asc" } });
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [3, "email: Not a valid email address"],
      [4, "rating: Must be a number"],
      [5, "websiteIssues: Unknown website issue; temperature: Choose hot, warm or cold"],
      [6, "Row has 8 cells; expected 7"],
      [7, "name: At most 200 characters"],
      [14, expect.stringContaining("never closed")],
    ]);
    expect(errors[0].raw).toBe("Bad Email,not-an-email,4,warm,,ghost-tag,");
    expect(errors[3].raw).toBe("Too Many,many@example.cy,3,cold,,,,extra");
    expect(errors[4].raw.length).toBeLessThan(11_000);
  });

  it("writes each imported row whole and nothing of a rejected one", async () => {
    const multi = await getDb().lead.findFirstOrThrow({
      where: { name: "Multi Line" },
      include: { tags: true, websiteIssues: true },
    });
    expect(multi.notes).toBe("first\nsecond line");
    expect(multi.tags.map((t) => t.name).sort()).toEqual(["a", "b"]);
    expect(multi.websiteIssues.map((w) => w.issue).sort()).toEqual(["BROKEN_FEATURES", "SLOW_LOADING"]);
    const one = await getDb().lead.findFirstOrThrow({ where: { name: "Valid One" }, include: { tags: true, websiteIssues: true } });
    // The imported temperature is ignored: lead scoring computes it (no rules in this database: COLD).
    expect(one).toMatchObject({ temperature: "COLD", rating: 4.5, ownerId: admin.id });
    expect(one.tags.map((t) => t.name)).toEqual(["seafood"]);
    expect(await getDb().tag.count({ where: { name: "ghost-tag" } })).toBe(0);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "import", entityId: jobId } });
    expect((audit.changes as { createdLeadIds: string[] }).createdLeadIds).toContain(one.id);
  });

  it("offers the rejected rows as CSV", async () => {
    const { fileName, csv: out } = await exportJobRowErrors(admin, jobId);
    expect(fileName).toBe("messy-rejected-rows.csv");
    const lines = out.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("line,reason,raw");
    expect(lines[1]).toBe("3,email: Not a valid email address,\"Bad Email,not-an-email,4,warm,,ghost-tag,\"");
  });

  it("rejects a value too large for the money column, keeping the rest of its batch", async () => {
    // €100,000,000 in cents does not fit the 32-bit column; validation refuses it on both databases.
    const text = "name,estimated value,tags\nFine,100,keep\nToo Big,100000000,lost-tag\nAlso Fine,5,\n";
    const summary = await importCsv(admin, text, { match: [], mode: "create" });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 2, failed: 1 });
    const error = await getDb().jobRowError.findFirstOrThrow({ where: { jobId: summary.jobId } });
    expect(error).toMatchObject({ line: 3, raw: "Too Big,100000000,lost-tag" });
    expect(error.reason).toBe("estimatedValue: Too large");
    expect(await getDb().lead.count({ where: { name: "Too Big" } })).toBe(0);
    expect(await getDb().tag.count({ where: { name: "lost-tag" } })).toBe(0);
  });
});

describe("import jobs", () => {
  it("run on the durable queue and report progress to their creator", async () => {
    const worker = startWorker({ pollMs: 50 });
    const text = "Business,Email\nBackground One,bg1@example.cy\nBackground Two,bg2@example.cy\n";
    const { jobId } = await startLeadImport(admin, {
      source: new Blob([text]).stream(),
      settings: {
        fileName: "bg.csv",
        format: { delimiter: ",", hasHeader: true },
        mapping: { columns: { name: "Business", email: "Email" }, defaults: {} },
        dedupe: { match: ["email"], mode: "skip" },
      },
    });
    let job = await getJob(admin, jobId);
    for (let i = 0; i < 100 && (job.status === "QUEUED" || job.status === "RUNNING"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await getJob(admin, jobId);
    }
    await worker.stop();
    expect(job).toMatchObject({ status: "SUCCEEDED", fileName: "bg.csv", total: 2, processed: 2, created: 2, failed: 0, attempts: 1 });
    expect(fs.readdirSync(path.join(uploadDir, "imports"))).toEqual([]);
    const sales = await createTestUser("SALES");
    await expect(getJob(sales, jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportJobRowErrors(sales, jobId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("fail with the mapping's problem when it does not fit the file", async () => {
    const summary = await importLeadFile(admin, {
      source: Readable.from([Buffer.from("a,b\n1,2\n")]),
      settings: {
        fileName: "x.csv",
        format: { delimiter: ",", hasHeader: true },
        mapping: { columns: { name: "title" }, defaults: {} },
        dedupe: { match: [], mode: "create" },
      },
    });
    expect(summary.status).toBe("FAILED");
    expect(summary.message).toContain('name: The file has no column "title"');
    // A mapping error is not retried (it would fail again); the file stays for a Retry after all.
    const job = await getDb().job.findUniqueOrThrow({ where: { id: summary.jobId } });
    expect(job).toMatchObject({ attempts: 1, status: "FAILED" });
    expect(fs.existsSync(importUploadPath((job.payload as { upload: string }).upload))).toBe(true);
  });

  it("refuse empty and too large files without leaving a job behind", async () => {
    const settings: LeadImportSettingsInput = {
      fileName: "e.csv",
      format: { delimiter: ",", hasHeader: true },
      mapping: { columns: { name: "a" }, defaults: {} },
      dedupe: { match: [], mode: "create" },
    };
    const jobsBefore = await getDb().job.count();
    const filesBefore = fs.readdirSync(path.join(uploadDir, "imports"));
    await expect(importLeadFile(admin, { source: Readable.from([Buffer.alloc(0)]), settings })).rejects.toBeInstanceOf(ValidationError);
    const tooLarge = await startLeadImport(admin, { source: new Blob([new Uint8Array(51 * 1024 * 1024)]).stream(), settings }).catch((e) => e);
    expect(tooLarge).toBeInstanceOf(ValidationError);
    expect(tooLarge.message).toMatch(/larger than 50 MB/);
    expect(await getDb().job.count()).toBe(jobsBefore);
    expect(fs.readdirSync(path.join(uploadDir, "imports"))).toEqual(filesBefore);
  });
});

describe("saved mappings", () => {
  it("are saved by name, replaced by their creator or a manager, listed by name", async () => {
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const mapping = { columns: { name: "Company" }, defaults: { source: "fair-2026" } };
    await saveImportMapping(sales, { name: "Trade fair", mapping });
    await saveImportMapping(sales, { name: "Trade fair", mapping: { columns: { name: "Firm" }, defaults: {} } });
    await expect(saveImportMapping(other, { name: "Trade fair", mapping })).rejects.toBeInstanceOf(ForbiddenError);
    await saveImportMapping(manager, { name: "Trade fair", mapping });
    await saveImportMapping(sales, { name: "Another", mapping });
    await expect(saveImportMapping(sales, { name: " ", mapping })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveImportMapping(sales, { name: "Bad", mapping: { columns: { nope: "x" } as never, defaults: {} } })).rejects.toBeInstanceOf(ValidationError);
    expect(await listImportMappings()).toEqual([
      { id: expect.any(String), name: "Another", mapping },
      { id: expect.any(String), name: "Trade fair", mapping },
    ]);
  });
});

describe("npm run import", () => {
  it("imports a file from the command line and prints the JSON summary as the last line", async () => {
    const database = await createTestDatabase(kind);
    try {
      const run = (...args: string[]) =>
        spawnSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "scripts/import.ts", ...args], {
          env: { ...process.env, DATABASE_URL: database.url, UPLOAD_DIR: uploadDir },
          encoding: "utf8",
          timeout: 60_000,
        });
      const result = run(CYPRUS, "--preset", "google-maps", "--dedupe", "skip", "--match", "externalId");
      expect(result.stderr).toContain("acting as the system (leads unowned)");
      expect(result.status).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(JSON.parse(lines.at(-1)!)).toEqual({ created: 118, updated: 0, skipped: 7, failed: 0 });

      const bad = run(CYPRUS, "--dedupe", "sometimes");
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("--dedupe must be skip, update or create");
    } finally {
      await database.drop();
    }
  });
});
