import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebsiteIssue } from "@/lib/enums";
import { MAX_TAG_KEYS, TAG_KEYS_OVERFLOW, tagKeysOf, websiteIssueKeysOf } from "@/lib/leads/filter-keys";
import { cutToUtf8Bytes, MAX_LEAD_SEARCH_TEXT_BYTES } from "@/lib/leads/normalize";
import { PREVIEW_SAMPLE_BYTES, type LeadImportDedupe } from "@/lib/validation/import";
import type { LeadInput } from "@/lib/validation/lead";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { getDb, isPostgres } from "@/server/db";
import { seedDemoData } from "@/server/services/demo/seed-demo-data";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { createLead } from "@/server/services/leads/create-lead";
import { listLeads } from "@/server/services/leads/list-leads";
import { updateLead } from "@/server/services/leads/update-lead";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";

// Tags and website issues are filtered through Lead.tagKeys / Lead.websiteIssueKeys, which every
// write path keeps in step with the join tables; these tests go through each path and then filter.

const NOW = new Date("2026-06-01T09:00:00.000Z");
let admin: TestActor;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  admin = await createTestUser("ADMIN");
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** Names of the active leads the list shows for these URL parameters (all pages), sorted. */
async function listed(params: Record<string, string | string[]>): Promise<string[]> {
  const { rows, total } = await listLeads(parseLeadListQuery({ ...params, pageSize: "100" }), { id: admin.id, timeZone: "UTC" }, NOW);
  expect(rows).toHaveLength(total);
  return rows.map((row) => row.name).sort();
}

/** Every lead's key columns equal what its tags and website issues give. */
async function expectKeysInStep(): Promise<void> {
  const leads = await getDb().lead.findMany({
    select: { name: true, tagKeys: true, websiteIssueKeys: true, tags: { select: { id: true } }, websiteIssues: { select: { issue: true } } },
  });
  for (const lead of leads) {
    expect(lead.tagKeys, lead.name).toBe(tagKeysOf(lead.tags.map((tag) => tag.id)));
    expect(lead.websiteIssueKeys, lead.name).toBe(websiteIssueKeysOf(lead.websiteIssues.map((w) => w.issue)));
  }
}

/** Imports CSV text as the command line does (format and mapping suggested from the text). */
async function importCsv(text: string, dedupe: LeadImportDedupe) {
  const preview = await previewLeadImport({ sample: text.slice(0, PREVIEW_SAMPLE_BYTES / 2), truncated: false });
  return importLeadFile(admin, {
    source: Readable.from([Buffer.from(text)]),
    settings: { fileName: "keys.csv", format: preview.format, mapping: preview.mapping, dedupe, preset: preview.preset },
  });
}

/** The full lead form of a lead named `name` (updateLead replaces every field). */
const form = (name: string, fields: Partial<LeadInput> = {}): LeadInput => ({ name, ...fields });

describe("lead tag and website-issue filters", () => {
  it("finds demo data by its tags (the seed writes leads through createLead)", async () => {
    // Runs first: the seed only fills an empty database.
    await seedDemoData({ seed: 5, now: NOW, leads: 12, companies: 2 });
    await expectKeysInStep();
    const tagged = await getDb().tag.findFirstOrThrow({ where: { leads: { some: { convertedAt: null } } }, select: { name: true } });
    const expected = await getDb().lead.findMany({ where: { convertedAt: null, tags: { some: { name: tagged.name } } }, select: { name: true } });
    expect(await listed({ tag: tagged.name })).toEqual(expected.map((l) => l.name).sort());
  });

  it("follows a lead's tags and issues through create and update", async () => {
    const [t1, t2, niche] = [uniqueTag(), uniqueTag(), uniqueTag()];
    const a = await createLead(admin, form("A", { niche, tags: [t1, t2], websiteIssues: ["SLOW_LOADING", "OUTDATED"] }));
    await createLead(admin, form("B", { niche, tags: [t2], websiteIssues: ["OUTDATED"] }));
    await createLead(admin, form("C", { niche }));

    expect(await listed({ tag: t1 })).toEqual(["A"]);
    expect(await listed({ tag: t2, sort: "updatedAt" })).toEqual(["A", "B"]);
    expect(await listed({ tag: [t1, t2] })).toEqual(["A", "B"]);
    expect(await listed({ tag: "no-such-tag" })).toEqual([]);
    const stages = await leadStages();
    expect(await listed({ tag: t2, stage: [stages.New, stages.Contacted] })).toEqual(["A", "B"]);
    expect(await listed({ tag: t2, stage: stages.Contacted })).toEqual([]);
    expect(await listed({ niche, websiteIssue: "SLOW_LOADING", sort: "rating" })).toEqual(["A"]);
    expect(await listed({ niche, websiteIssue: "OUTDATED" })).toEqual(["A", "B"]);
    // Several issues: leads with all of them.
    expect(await listed({ niche, websiteIssue: ["OUTDATED", "SLOW_LOADING"] })).toEqual(["A"]);

    await updateLead(admin, a.id, form("A", { niche, tags: [t2], websiteIssues: ["OUTDATED"] }));
    expect(await listed({ tag: t1 })).toEqual([]);
    expect(await listed({ tag: t2 })).toEqual(["A", "B"]);
    expect(await listed({ niche, websiteIssue: "SLOW_LOADING" })).toEqual([]);
    await updateLead(admin, a.id, form("A", { niche }));
    expect(await listed({ tag: t2 })).toEqual(["B"]);
    expect(await listed({ niche, websiteIssue: "OUTDATED" })).toEqual(["B"]);
    await expectKeysInStep();
  });

  it("finds leads tagged in bulk, keeping the tags they had", async () => {
    const [old, added] = [uniqueTag(), uniqueTag()];
    const d = await createLead(admin, form("D", { tags: [old] }));
    const e = await createLead(admin, form("E"));
    const f = await createLead(admin, form("F"));
    await bulkUpdateLeads(admin, { action: "tag", leadIds: [d.id, e.id], tag: added });
    await bulkUpdateLeads(admin, { action: "tag", leadIds: [e.id, f.id], tag: added });
    expect(await listed({ tag: added })).toEqual(["D", "E", "F"]);
    expect(await listed({ tag: old })).toEqual(["D"]);
    await expectKeysInStep();
  });

  it("finds imported leads, and tags and issues an import adds to existing leads", async () => {
    const [t1, t2, niche] = [uniqueTag(), uniqueTag(), uniqueTag()];
    await createLead(admin, form("Existing", { email: `existing@${niche}.example`, niche, tags: [t1] }));
    const created = await importCsv(
      [
        "name,email,niche,tags,website issues",
        `Imported 1,one@${niche}.example,${niche},"${t1};${t2}",outdated`,
        `Imported 2,two@${niche}.example,${niche},${t2},"slow loading, outdated"`,
      ].join("\n"),
      { match: ["email"], mode: "update" },
    );
    expect(created).toMatchObject({ status: "SUCCEEDED", created: 2, failed: 0 });
    expect(await listed({ tag: t1 })).toEqual(["Existing", "Imported 1"]);
    expect(await listed({ tag: t2 })).toEqual(["Imported 1", "Imported 2"]);
    expect(await listed({ niche, websiteIssue: "SLOW_LOADING" })).toEqual(["Imported 2"]);

    const updated = await importCsv(
      ["name,email,tags,website issues", `Existing,existing@${niche}.example,${t2},not mobile friendly`, `Imported 2,two@${niche}.example,${t1},`].join("\n"),
      { match: ["email"], mode: "update" },
    );
    expect(updated).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 2, failed: 0 });
    expect(await listed({ tag: t1 })).toEqual(["Existing", "Imported 1", "Imported 2"]);
    expect(await listed({ tag: t2 })).toEqual(["Existing", "Imported 1", "Imported 2"]);
    expect(await listed({ niche, websiteIssue: "NOT_MOBILE_FRIENDLY" })).toEqual(["Existing"]);
    await expectKeysInStep();
  });

  it("stores leads at every length limit in 3-byte characters and with many tags (PostgreSQL index entry limit)", async () => {
    // Length limits count UTF-16 units, so 3-byte characters (one unit each) make the longest UTF-8.
    const wide = (n: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join("");
    const tags = Array.from({ length: 20 }, () => uniqueTag());
    const issues: WebsiteIssue[] = ["OUTDATED", "POOR_DESIGN", "NOT_MOBILE_FRIENDLY", "SLOW_LOADING", "BROKEN_FEATURES"];
    const fields = { contactName: wide(200), phone: "9".repeat(50), niche: wide(120), source: wide(120), country: wide(120), city: wide(120), websiteIssues: issues };
    const full = await createLead(admin, form(wide(200), { ...fields, tags }));
    const stored = await getDb().lead.findUniqueOrThrow({ where: { id: full.id }, select: { tagKeys: true, searchText: true } });
    expect(stored.tagKeys).toHaveLength(MAX_TAG_KEYS);
    expect(Buffer.byteLength(stored.searchText)).toBeGreaterThan(MAX_LEAD_SEARCH_TEXT_BYTES - 3);
    expect(Buffer.byteLength(stored.searchText)).toBeLessThanOrEqual(MAX_LEAD_SEARCH_TEXT_BYTES);
    expect(await listed({ tag: tags[7], websiteIssue: "BROKEN_FEATURES" })).toEqual([wide(200)]);

    // More tags than tagKeys holds (bulk tagging has no limit): the filter reads the join table for this lead.
    const more = [uniqueTag(), uniqueTag(), uniqueTag()];
    for (const tag of more) await bulkUpdateLeads(admin, { action: "tag", leadIds: [full.id], tag });
    expect((await getDb().lead.findUniqueOrThrow({ where: { id: full.id }, select: { tagKeys: true } })).tagKeys).toBe(TAG_KEYS_OVERFLOW);
    expect(await listed({ tag: tags[0] })).toEqual([wide(200)]);
    expect(await listed({ tag: more[2], sort: "updatedAt" })).toEqual([wide(200)]);
    await createLead(admin, form("Other", { tags: [more[1]] }));
    expect(await listed({ tag: more[1], sort: "score" })).toEqual(["Other", wide(200)].sort());
    await updateLead(admin, full.id, form(wide(200), { ...fields, tags: [more[0]] }));
    expect(await listed({ tag: tags[0] })).toEqual([]);
    expect(await listed({ tag: more[0] })).toEqual([wide(200)]);

    // An imported lead gets a longer (UUID) id, which Lead_list_idx holds too.
    const niche = uniqueTag();
    const row = [wide(200), wide(200), niche, wide(120), wide(120), tags.join(";"), issues.join(";")].map((cell) => `"${cell}"`).join(",");
    const summary = await importCsv(`name,contact,niche,source,country,tags,website issues\n${row}`, { match: ["email"], mode: "create" });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 1, failed: 0 });
    expect(await listed({ niche, tag: tags[19] })).toEqual([wide(200)]);
    await expectKeysInStep();
  });

  it("fills the key columns of leads stored before them with the migration's backfill", async () => {
    const db = getDb();
    const overflow = await createLead(admin, form("Overflow", { tags: Array.from({ length: 20 }, () => uniqueTag()) }));
    await bulkUpdateLeads(admin, { action: "tag", leadIds: [overflow.id], tag: uniqueTag() });
    const before = await db.lead.findMany({ select: { id: true, tagKeys: true, websiteIssueKeys: true }, orderBy: { id: "asc" } });
    expect(before.some((lead) => lead.tagKeys === TAG_KEYS_OVERFLOW)).toBe(true);
    expect(before.some((lead) => lead.tagKeys.length > 30)).toBe(true);
    expect(before.some((lead) => lead.websiteIssueKeys.split("|").length > 4)).toBe(true);
    // As a database migrated from before the key columns: empty keys (and, on PostgreSQL, a search text cut at characters, not bytes).
    const longText = `${"ü".repeat(240)}${"漢".repeat(60)}`;
    const provider = isPostgres() ? "postgres" : "sqlite";
    const [p1, p2] = provider === "postgres" ? ["$1", "$2"] : ["?", "?"];
    await db.$executeRawUnsafe(`UPDATE "Lead" SET "tagKeys" = '', "websiteIssueKeys" = '', "searchText" = CASE WHEN "id" = ${p1} THEN ${p2} ELSE "searchText" END`, before[0].id, longText);

    const dir = path.join(process.cwd(), "prisma", "migrations", provider);
    const migration = fs.readdirSync(dir).find((name) => name.endsWith("_lead_key_indexes"))!;
    const sql = fs.readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Backfill (hand-written)"));
    const statements = backfill
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n")
      .split(/;\s*(?:\n|$)/)
      .map((statement) => statement.trim())
      .filter(Boolean);
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const statement of statements) await db.$executeRawUnsafe(statement);

    const after = await db.lead.findMany({ select: { id: true, tagKeys: true, websiteIssueKeys: true, searchText: true }, orderBy: { id: "asc" } });
    expect(after.map(({ id, tagKeys, websiteIssueKeys }) => ({ id, tagKeys, websiteIssueKeys }))).toEqual(before);
    const trimmed = after[0].searchText;
    expect(trimmed).toBe(isPostgres() ? cutToUtf8Bytes(longText, MAX_LEAD_SEARCH_TEXT_BYTES) : longText);
  });
});
