import type { Prisma } from "@/server/generated/sqlite/client";
import { getDb } from "@/server/db";
import type { JobContext } from "@/server/jobs/run-job";
import { parseOrThrow } from "@/server/services/parse";
import { importMavenDealBatch, type MavenDealItem, type MavenDealRun } from "./import-maven-deal-batch";
import { mavenJobConfigSchema, type MavenSetupSummary } from "./maven-job-config";
import { planMavenSetup } from "./plan-maven-setup";
import type { MavenDataset } from "./read-maven-files";
import { writeMavenRowFailures } from "./write-maven-row-failures";
import { writeMavenSetup } from "./write-maven-setup";

/** sales_pipeline.csv lines per transaction. */
const BATCH_ROWS = 1_000;

/** The setup (pipeline, about a hundred users and companies) is one short transaction. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * The work of a MAVEN_IMPORT job (run by server/jobs/run-job) on the files read by
 * createMavenImportJob: first, in one transaction, the Maven pipeline, the agents' users, the
 * companies and the rejected rows of accounts.csv, sales_teams.csv and products.csv; then the
 * opportunities in batches of BATCH_ROWS lines (importMavenDealBatch), so the job's progress
 * counts deals. Dates are read in the importing user's time zone (UTC for a system import).
 * At the end the setup's counts are added to the job's config (mavenJobConfigSchema.summary).
 * @throws ValidationError or ConflictError from the setup (the job is then FAILED with that
 *   message and nothing of the setup is stored).
 */
export async function runMavenImport(context: JobContext, dataset: MavenDataset): Promise<void> {
  const config = parseOrThrow(mavenJobConfigSchema, context.config);
  const db = getDb();
  const actor = context.createdById ? await db.user.findUnique({ where: { id: context.createdById }, select: { id: true, timeZone: true } }) : null;
  const actorId = actor?.id ?? null;

  const { plan, setup, rejected } = await db.$transaction(async (tx) => {
    const plan = await planMavenSetup(tx, dataset, config.settings);
    const setup = await writeMavenSetup(tx, { plan, actorId, jobId: context.jobId, now: new Date() });
    const failures = [...dataset.failures.filter((failure) => failure.kind !== "salesPipeline"), ...plan.failures];
    await writeMavenRowFailures(tx, context.jobId, failures);
    await context.addProgress(tx, { failed: failures.length });
    const rejected: MavenSetupSummary["rejected"] = {};
    for (const failure of failures) rejected[failure.kind] = (rejected[failure.kind] ?? 0) + 1;
    return { plan, setup, rejected };
  }, TRANSACTION_OPTIONS);

  const run: MavenDealRun = {
    context,
    lookups: {
      companyByKey: setup.companyByKey,
      rejectedAccounts: plan.rejectedAccounts,
      accountsFile: config.files.accounts ?? "accounts.csv",
      userByAgentKey: setup.userByAgentKey,
      listPrices: plan.listPrices,
      stages: setup.stages,
      timeZone: actor?.timeZone ?? "UTC",
    },
    pipelineId: setup.pipelineId,
    pipelineFile: config.files.salesPipeline ?? "sales_pipeline.csv",
    existingDeals: config.settings.existingDeals,
    actorId,
  };
  const items: MavenDealItem[] = [
    ...dataset.opportunities.map((row) => ({ row, line: row.line })),
    ...dataset.failures.filter((failure) => failure.kind === "salesPipeline").map((failure) => ({ failure, line: failure.line })),
  ].sort((a, b) => a.line - b.line);
  for (let start = 0; start < items.length; start += BATCH_ROWS) await importMavenDealBatch(run, items.slice(start, start + BATCH_ROWS));

  const summary: MavenSetupSummary = { ...setup.counts, rejected };
  const { config: stored } = await db.job.findUniqueOrThrow({ where: { id: context.jobId }, select: { config: true } });
  await db.job.update({
    where: { id: context.jobId },
    data: { config: { ...(stored as Prisma.InputJsonObject), summary } },
  });
}
