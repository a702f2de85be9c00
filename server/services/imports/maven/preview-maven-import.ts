import { MAVEN_FILE_KINDS, MAVEN_FILES, type MavenFileKind } from "@/lib/import/maven/maven-files";
import { MAVEN_CURRENCY, MAVEN_PIPELINE_NAME, MAVEN_STAGE_NAMES, MAVEN_STAGES, type MavenStageName } from "@/lib/import/maven/maven-pipeline";
import { mavenImportSettingsSchema, type MavenImportSettingsInput } from "@/lib/validation/maven-import";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertCanImportMaven } from "./create-maven-import-job";
import type { MavenStages } from "./ensure-maven-pipeline";
import { findDealsByExternalId } from "./find-deals-by-external-id";
import { planMavenSetup, type MavenAgentPlan } from "./plan-maven-setup";
import { readMavenFiles, type MavenRowFailure, type MavenUpload } from "./read-maven-files";
import { resolveMavenDeal } from "./resolve-maven-deal";

/** Rejected rows listed in a preview; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

type Counts = { created: number; updated: number; skipped: number; failed: number };

/** What importing the chosen files would do, computed without writing anything. */
export type MavenImportPreview = {
  /** Every file of the dataset: the chosen file's name (null when not chosen) and its row count. */
  files: Array<{ kind: MavenFileKind; expected: string; required: boolean; name: string | null; rows: number }>;
  /** Chosen files that are not part of the dataset; they are not read. */
  ignored: string[];
  pipelineExists: boolean;
  companies: Counts;
  agents: MavenAgentPlan[];
  deals: Counts & { byStage: Record<MavenStageName, number>; wonTotalMinor: number; currency: string };
  problems: Array<{ file: string; line: number; reason: string }>;
  problemCount: number;
};

/**
 * Reads and checks the files, plans the companies and users and resolves every opportunity as
 * the import would (the same functions), but writes nothing: counts of what would be created,
 * updated (deals only with settings.existingDeals "update"), skipped and rejected, the agents'
 * users, the deals per stage and the won total (minor units of USD) of the importable rows.
 * Deals "updated" here are those found by opportunity_id; the import updates only those that
 * differ and skips the others.
 * @throws as createMavenImportJob (ForbiddenError, ValidationError), except that a running
 *   import does not matter.
 */
export async function previewMavenImport(
  actor: Actor,
  { uploads, settings }: { uploads: MavenUpload[]; settings: MavenImportSettingsInput },
): Promise<MavenImportPreview> {
  assertCanImportMaven(actor);
  const parsed = parseOrThrow(mavenImportSettingsSchema, settings);
  const dataset = await readMavenFiles(uploads);
  const db = getDb();
  const plan = await planMavenSetup(db, dataset, parsed);

  const pipeline = await db.pipeline.findUnique({ where: { name: MAVEN_PIPELINE_NAME }, select: { id: true, stages: { select: { id: true, name: true, probability: true } } } });
  const stages = Object.fromEntries(
    MAVEN_STAGES.map((stage) => {
      const found = pipeline?.stages.find((s) => s.name.toLowerCase() === stage.name.toLowerCase());
      return [stage.name, { id: found?.id ?? stage.name, probability: found?.probability ?? stage.probability }];
    }),
  ) as MavenStages;
  const companyByKey = new Map(plan.otherCompanies);
  for (const company of plan.companies) companyByKey.set(company.key, { id: company.existingId ?? company.key, name: company.name });
  const lookups = {
    companyByKey,
    rejectedAccounts: plan.rejectedAccounts,
    accountsFile: dataset.files.accounts?.name ?? MAVEN_FILES.accounts.fileName,
    userByAgentKey: new Map(),
    listPrices: plan.listPrices,
    stages,
    timeZone: "UTC",
  };

  const failures: MavenRowFailure[] = [...dataset.failures, ...plan.failures];
  const byStage = Object.fromEntries(MAVEN_STAGE_NAMES.map((name) => [name, 0])) as Record<MavenStageName, number>;
  let wonTotalMinor = 0;
  const importable: string[] = [];
  for (const { line, cells, data } of dataset.opportunities) {
    const result = resolveMavenDeal(data, lookups);
    if (!result.ok) {
      failures.push({ kind: "salesPipeline", file: dataset.files.salesPipeline!.name, line, reason: result.reason, cells });
      continue;
    }
    importable.push(data.opportunity_id);
    byStage[data.deal_stage]++;
    if (data.deal_stage === "Won") wonTotalMinor += result.columns.value;
  }
  const existing = (await findDealsByExternalId(db, importable)).size;
  const failedIn = (kind: MavenFileKind) => failures.filter((failure) => failure.kind === kind).length;
  const companyCount = (action: string) => plan.companies.filter((company) => company.action === action).length;
  failures.sort((a, b) => MAVEN_FILE_KINDS.indexOf(a.kind) - MAVEN_FILE_KINDS.indexOf(b.kind) || a.line - b.line);

  return {
    files: MAVEN_FILE_KINDS.map((kind) => ({
      kind,
      expected: MAVEN_FILES[kind].fileName,
      required: MAVEN_FILES[kind].required,
      name: dataset.files[kind]?.name ?? null,
      rows: dataset.files[kind]?.rows ?? 0,
    })),
    ignored: dataset.ignored,
    pipelineExists: pipeline !== null,
    companies: { created: companyCount("create"), updated: companyCount("update"), skipped: companyCount("skip"), failed: failedIn("accounts") },
    agents: plan.agents,
    deals: {
      created: importable.length - existing,
      updated: parsed.existingDeals === "update" ? existing : 0,
      skipped: parsed.existingDeals === "update" ? 0 : existing,
      failed: failedIn("salesPipeline"),
      byStage,
      wonTotalMinor,
      currency: MAVEN_CURRENCY,
    },
    problems: failures.slice(0, MAX_LISTED_PROBLEMS).map(({ file, line, reason }) => ({ file, line, reason })),
    problemCount: failures.length,
  };
}
