import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/server/errors";
import { getMavenPipelineTotals } from "@/server/services/imports/maven/get-maven-pipeline-totals";
import { importMavenFolder, readMavenFolder } from "@/server/services/imports/maven/import-maven-folder";
import { previewMavenImport } from "@/server/services/imports/maven/preview-maven-import";
import { createTestUser, type TestActor } from "../support/factories";

/** The dataset, read where it lives (shared/data next to the repository; never copied into it). */
const MAVEN = path.resolve(import.meta.dirname, "../../../shared/data/maven_crm_sales_opportunities");

const STAGE_COUNTS = { Prospecting: 500, Engaging: 1589, Won: 4238, Lost: 2473 };
const WON_TOTAL_CENTS = 1_000_553_400;

let admin: TestActor;
let scratch: string;

beforeAll(async () => {
  admin = await createTestUser("ADMIN", "UTC");
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-maven-"));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const stageCounts = (stages: Array<{ name: string; deals: number }>) => Object.fromEntries(stages.map((s) => [s.name, s.deals]));
const mavenJobs = () => getDb().job.count({ where: { type: "MAVEN_IMPORT" } });

/** A folder holding the given files (CRLF line endings, as the dataset has). */
function folderWith(name: string, files: Record<string, string[]>): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir);
  for (const [file, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), `${lines.join("\r\n")}\r\n`);
  return dir;
}

const datasetLines = (file: string) => fs.readFileSync(path.join(MAVEN, file), "utf8").trimEnd().split("\r\n");

describe("importing the Maven CRM dataset", () => {
  it("previews 85 companies, 35 agents and 8,800 deals without writing anything", async () => {
    const preview = await previewMavenImport(admin, { uploads: await readMavenFolder(MAVEN), settings: {} });
    expect(preview.files.map((f) => [f.expected, f.name, f.rows])).toEqual([
      ["accounts.csv", "accounts.csv", 85],
      ["sales_pipeline.csv", "sales_pipeline.csv", 8800],
      ["sales_teams.csv", "sales_teams.csv", 35],
      ["products.csv", "products.csv", 7],
    ]);
    expect(preview.ignored).toEqual(["data_dictionary.csv"]);
    expect(preview.companies).toEqual({ created: 85, updated: 0, skipped: 0, failed: 0 });
    expect(preview.agents).toHaveLength(35);
    expect(preview.agents.filter((a) => a.deals === 0)).toHaveLength(5);
    expect(preview.agents.find((a) => a.name === "Moses Frase")).toMatchObject({ deals: 260, regionalOffice: "Central", user: { action: "create" } });
    expect(preview.deals).toMatchObject({ created: 8800, updated: 0, skipped: 0, failed: 0, byStage: STAGE_COUNTS, wonTotalMinor: WON_TOTAL_CENTS });
    expect(preview.problemCount).toBe(0);
    const db = getDb();
    expect([await db.company.count(), await db.deal.count(), await db.pipeline.count(), await mavenJobs()]).toEqual([0, 0, 0, 0]);
  });

  it("gives 85 companies, 8,800 deals in the Maven pipeline by stage and a won total of 10,005,534 USD", async () => {
    const summary = await importMavenFolder(admin, { folder: MAVEN });
    expect(summary).toMatchObject({
      status: "SUCCEEDED",
      companies: { created: 85, updated: 0, skipped: 0, failed: 0 },
      users: { created: 35, reused: 0, mapped: 0, failed: 0 },
      deals: { created: 8800, updated: 0, skipped: 0, failed: 0 },
    });
    expect(stageCounts(summary.pipeline.stages)).toEqual(STAGE_COUNTS);
    expect(summary.pipeline.wonTotalMinor).toBe(WON_TOTAL_CENTS);
    const db = getDb();
    expect(await db.company.count()).toBe(85);
    expect(await db.deal.count()).toBe(8800);
    expect(await db.deal.count({ where: { currency: "USD", pipeline: { name: "Maven" } } })).toBe(8800);
    const won = await db.deal.findMany({ where: { stage: { name: "Won" } }, select: { value: true } });
    expect(won.reduce((sum, deal) => sum + deal.value, 0)).toBe(WON_TOTAL_CENTS);
    const job = await db.job.findUniqueOrThrow({ where: { id: summary.jobId } });
    expect(job).toMatchObject({ type: "MAVEN_IMPORT", total: 8800, processed: 8800, createdById: admin.id });
  });

  it("creates the pipeline with its stages and the agents as users without sign-in", async () => {
    const db = getDb();
    const pipeline = await db.pipeline.findUniqueOrThrow({ where: { name: "Maven" }, include: { stages: { orderBy: { position: "asc" } } } });
    expect(pipeline.kind).toBe("DEAL");
    expect(pipeline.stages.map((s) => [s.name, s.kind, s.probability])).toEqual([
      ["Prospecting", "OPEN", 10],
      ["Engaging", "OPEN", 40],
      ["Won", "WON", 100],
      ["Lost", "LOST", 0],
    ]);
    const agents = await db.user.findMany({ where: { email: null } });
    expect(agents).toHaveLength(35);
    expect(agents.every((u) => u.passwordHash === null && u.role === "SALES")).toBe(true);
    const moses = agents.find((u) => u.name === "Moses Frase")!;
    expect(await db.deal.count({ where: { ownerId: moses.id } })).toBe(260);
  });

  it("stores the fields of a won deal, an open deal without account and the companies", async () => {
    const db = getDb();
    const deal = await db.deal.findFirstOrThrow({ where: { externalId: "1C1I7A6R" }, include: { stage: true, owner: true, company: true } });
    expect(deal).toMatchObject({
      title: "GTX Plus Basic — Cancity",
      value: 105_400,
      currency: "USD",
      probability: 100,
      weightedValue: 105_400,
      closedAt: new Date("2017-03-01T00:00:00.000Z"),
      stageChangedAt: new Date("2017-03-01T00:00:00.000Z"),
      createdAt: new Date("2016-10-20T00:00:00.000Z"),
      closeReason: null,
      stage: { name: "Won" },
      owner: { name: "Moses Frase", email: null },
      company: { name: "Cancity", industry: "Retail", employees: 2448, country: "United States" },
    });
    expect(deal.searchText).toBe("gtx plus basic — cancity cancity");

    // The pipeline spells the product "GTXPro", products.csv "GTX Pro": the list price is found.
    const open = await db.deal.findFirstOrThrow({ where: { externalId: "LFD1ZGJ8" }, include: { stage: true } });
    expect(open).toMatchObject({ title: "GTXPro", value: 482_100, probability: 10, weightedValue: 48_210, companyId: null, closedAt: null, stage: { name: "Prospecting" } });

    const acme = await db.company.findFirstOrThrow({ where: { name: "Acme Corporation" }, include: { activities: true, subsidiaries: { select: { name: true } } } });
    expect(acme).toMatchObject({ industry: "Technology", employees: 2822, country: "United States", ownerId: admin.id });
    expect(acme.subsidiaries.map((c) => c.name).sort()).toEqual(["Bluth Company", "Codehow", "Donquadtech", "Iselectrics"]);
    expect(acme.activities.map((a) => [a.type, a.body])).toEqual([
      ["NOTE", "From the Maven CRM dataset: established in 1996; annual revenue 1,100.04 million USD."],
    ]);
    expect(await db.company.count({ where: { parentId: { not: null } } })).toBe(15);
    expect((await db.company.findFirstOrThrow({ where: { name: "Bioholding" } })).country).toBe("Philippines");
  });

  it("orders each stage's cards by distinct position keys in file order", async () => {
    const db = getDb();
    const fileOrder = datasetLines("sales_pipeline.csv").slice(1).filter((line) => line.includes(",Engaging,")).map((line) => line.split(",")[0]);
    const engaging = await db.deal.findMany({ where: { stage: { name: "Engaging" } }, select: { externalId: true, position: true } });
    // Compare keys as the database does (byte order), not by locale.
    const sorted = [...engaging].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    expect(new Set(engaging.map((d) => d.position)).size).toBe(1589);
    expect(sorted.map((d) => d.externalId)).toEqual(fileOrder);
    const first = await db.deal.findFirstOrThrow({ where: { stage: { name: "Engaging" } }, orderBy: { position: "asc" }, select: { externalId: true } });
    expect(first.externalId).toBe(fileOrder[0]);
  });

  it("is idempotent: importing again creates nothing and reuses the agents' users", async () => {
    const summary = await importMavenFolder(admin, { folder: MAVEN });
    expect(summary).toMatchObject({
      status: "SUCCEEDED",
      companies: { created: 0, updated: 0, skipped: 85, failed: 0 },
      users: { created: 0, reused: 35, mapped: 0, failed: 0 },
      deals: { created: 0, updated: 0, skipped: 8800, failed: 0 },
    });
    expect(stageCounts(summary.pipeline.stages)).toEqual(STAGE_COUNTS);
    expect(summary.pipeline.wonTotalMinor).toBe(WON_TOTAL_CENTS);
    const db = getDb();
    expect([await db.company.count(), await db.deal.count(), await db.user.count({ where: { email: null } }), await db.stage.count()]).toEqual([85, 8800, 35, 4]);
  });

  it("gives an agent's deals to an existing user when mapped, updating the deals imported before", async () => {
    const seller = await createTestUser("SALES");
    const summary = await importMavenFolder(admin, {
      folder: MAVEN,
      settings: { agents: { "Moses Frase": seller.email.toUpperCase() }, existingDeals: "update" },
    });
    expect(summary).toMatchObject({
      status: "SUCCEEDED",
      users: { created: 0, reused: 34, mapped: 1 },
      deals: { created: 0, updated: 260, skipped: 8540, failed: 0 },
    });
    const db = getDb();
    expect(await db.deal.count({ where: { ownerId: seller.id } })).toBe(260);
    expect(await db.deal.count()).toBe(8800);
    expect(stageCounts(summary.pipeline.stages)).toEqual(STAGE_COUNTS);
    const changed = await db.auditLog.findFirstOrThrow({ where: { entityType: "Deal", action: "update" } });
    expect(changed.changes).toMatchObject({ ownerId: [expect.any(String), seller.id] });
  });

  it("refuses a mapping to an unknown agent or email before creating a job", async () => {
    const jobs = await mavenJobs();
    await expect(importMavenFolder(admin, { folder: MAVEN, settings: { agents: { "Nobody Here": admin.email } } })).rejects.toThrow(
      "Not a sales agent of these files: Nobody Here",
    );
    await expect(importMavenFolder(admin, { folder: MAVEN, settings: { agents: { "Moses Frase": "ghost@example.test" } } })).rejects.toThrow(
      "No user has the email ghost@example.test",
    );
    expect(await mavenJobs()).toBe(jobs);
  });

  it("refuses a missing required file or column with a clear message and no job", async () => {
    const jobs = await mavenJobs();
    const noTeams = folderWith("no-teams", { "accounts.csv": datasetLines("accounts.csv"), "sales_pipeline.csv": datasetLines("sales_pipeline.csv") });
    const error = await importMavenFolder(admin, { folder: noTeams }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/^Missing sales_teams\.csv: the Maven import needs accounts\.csv, sales_pipeline\.csv and sales_teams\.csv/);
    const pipeline = datasetLines("sales_pipeline.csv");
    const noValue = folderWith("no-value", {
      "accounts.csv": datasetLines("accounts.csv"),
      "sales_teams.csv": datasetLines("sales_teams.csv"),
      "pipeline.csv": pipeline.map((line) => line.split(",").slice(0, 7).join(",")),
    });
    await expect(importMavenFolder(admin, { folder: noValue })).rejects.toThrow("pipeline.csv (sales_pipeline.csv) has no column close_value");
    await expect(importMavenFolder(admin, { folder: path.join(scratch, "nowhere") })).rejects.toThrow(ValidationError);
    expect(await mavenJobs()).toBe(jobs);
  });

  it("rejects malformed rows with their line and reason and stores nothing of them", async () => {
    const folder = folderWith("malformed", {
      "accounts.csv": [
        "account,sector,year_established,revenue,employees,office_location,subsidiary_of",
        "Goodco,retail,2001,10.5,120,Norway,",
        "Brokenco,retail,2001,10.5,many,Norway,",
        "Childco,retail,2010,1,12,Norway,Brokenco",
        "goodco,retail,2001,10.5,120,Norway,",
      ],
      "sales_teams.csv": ["sales_agent,manager,regional_office", "Test Agent,Test Manager,North", ",Nobody,North"],
      "sales_pipeline.csv": [
        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
        "TST00001,Test Agent,GTX Basic,Goodco,Won,2017-01-02,2017-02-03,550",
        "TST00002,Test Agent,GTX Basic,Goodco,Won,2017-01-02,2017-02-03",
        "TST00003,Test Agent,GTX Basic,Goodco,Negotiating,2017-01-02,,",
        "TST00004,Test Agent,GTX Basic,Goodco,Lost,2017-01-02,2017-02-30,0",
        "TST00005,Test Agent,GTX Basic,Goodco,Won,2017-01-02,2017-02-03,-550",
        "TST00006,Test Agent,GTX Basic,Goodco,Won,2017-01-02,,550",
        "TST00007,Test Agent,GTX Basic,Brokenco,Engaging,2017-01-02,,",
        "TST00008,Test Agent,GTX Basic,Childco,Engaging,2017-01-02,,",
        "TST00009,Test Agent,GTX Basic,Unknownco,Engaging,2017-01-02,,",
        "TST00001,Test Agent,GTX Basic,Goodco,Engaging,2017-01-02,,",
        "TST00010,Test Agent,GTX Basic,,Engaging,2017-03-01,,",
        "TST00011,Test Agent,GTX\u0000Basic,Goodco,Engaging,2017-01-02,,",
        "TST00012,Test Agent,GTX Basic,Goodco,Eng\u0000aging,2017-01-02,,",
      ],
    });
    const preview = await previewMavenImport(admin, { uploads: await readMavenFolder(folder), settings: {} });
    expect(preview).toMatchObject({ problemCount: 15, companies: { created: 1, failed: 3 }, deals: { created: 2, failed: 11 } });
    expect(preview.problems[0]).toEqual({ file: "accounts.csv", line: 3, reason: "employees: Must be a whole number like 1185" });

    const summary = await importMavenFolder(admin, { folder });
    expect(summary).toMatchObject({
      status: "SUCCEEDED",
      companies: { created: 1, failed: 3 },
      users: { created: 1, failed: 1 },
      deals: { created: 2, failed: 11 },
    });
    const db = getDb();
    const errors = await db.jobRowError.findMany({ where: { jobId: summary.jobId }, select: { line: true, reason: true, raw: true } });
    const fileOf = (reason: string) => reason.slice(0, reason.indexOf(":"));
    errors.sort((a, b) => fileOf(a.reason).localeCompare(fileOf(b.reason)) || a.line - b.line);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [3, "accounts.csv: employees: Must be a whole number like 1185"],
      [4, 'accounts.csv: subsidiary_of: "Brokenco" was rejected (line 3)'],
      [5, "accounts.csv: account: the same as on line 2"],
      [3, "sales_pipeline.csv: Has 7 cells where the header has 8 columns"],
      [4, 'sales_pipeline.csv: deal_stage: Unknown stage "Negotiating"; expected Prospecting, Engaging, Won, Lost'],
      [5, "sales_pipeline.csv: close_date: Not a date like 2017-03-01"],
      [6, "sales_pipeline.csv: close_value: Must not be negative"],
      [7, "sales_pipeline.csv: close_date: A Won deal needs a close date"],
      [8, 'sales_pipeline.csv: account: "Brokenco" was rejected (accounts.csv line 3)'],
      [9, 'sales_pipeline.csv: account: "Childco" was rejected (accounts.csv line 4)'],
      [10, 'sales_pipeline.csv: account: "Unknownco" is neither in accounts.csv nor an existing company'],
      [11, "sales_pipeline.csv: opportunity_id: the same as on line 2"],
      [13, "sales_pipeline.csv: product: Contains an invalid character"],
      [14, 'sales_pipeline.csv: deal_stage: Unknown stage "Eng\uFFFDaging"; expected Prospecting, Engaging, Won, Lost'],
      [3, "sales_teams.csv: sales_agent: The sales agent's name is required"],
    ]);
    expect(errors.find((e) => e.line === 6 && e.reason.includes("negative"))!.raw).toBe("TST00005,Test Agent,GTX Basic,Goodco,Won,2017-01-02,2017-02-03,-550");
    const stored = await db.deal.findMany({ where: { externalId: { startsWith: "TST" } }, orderBy: { externalId: "asc" }, include: { company: true } });
    expect(stored.map((d) => [d.externalId, d.title, d.value])).toEqual([
      ["TST00001", "GTX Basic — Goodco", 55_000],
      // No products.csv: an open deal has no list price to go by.
      ["TST00010", "GTX Basic", 0],
    ]);
    expect(await db.company.count({ where: { name: { in: ["Brokenco", "Childco"] } } })).toBe(0);
    const job = await db.job.findUniqueOrThrow({ where: { id: summary.jobId } });
    expect(job).toMatchObject({ total: 13, processed: 13, created: 2, failed: 15 });
  });

  it("is for admins only, and one at a time", async () => {
    const seller = await createTestUser("SALES");
    await expect(importMavenFolder(seller, { folder: MAVEN })).rejects.toThrow(ForbiddenError);
    await expect(previewMavenImport(seller, { uploads: [], settings: {} })).rejects.toThrow(ForbiddenError);
    const running = await getDb().job.create({
      data: { type: "MAVEN_IMPORT", status: "RUNNING", payload: {}, leaseUntil: new Date(Date.now() + 60_000), createdById: admin.id, startedAt: new Date() },
    });
    await expect(importMavenFolder(admin, { folder: MAVEN })).rejects.toThrow(ConflictError);
    await getDb().job.delete({ where: { id: running.id } });
  });

  it("sums the won total exactly beyond 32 bits", async () => {
    const db = getDb();
    const won = await db.stage.findFirstOrThrow({ where: { pipeline: { name: "Maven" }, name: "Won" } });
    for (const title of ["Big one", "Big two"]) {
      await db.deal.create({ data: { title, value: 2_000_000_000, currency: "USD", pipelineId: won.pipelineId, stageId: won.id } });
    }
    expect((await getMavenPipelineTotals()).wonTotalMinor).toBe(WON_TOTAL_CENTS + 55_000 + 4_000_000_000);
  });
});
