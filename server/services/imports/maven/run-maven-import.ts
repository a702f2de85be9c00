import { getDb } from "@/server/db";
import type { JobContext } from "@/server/jobs/job-type";
import { importMavenDealBatch, type MavenDealItem, type MavenDealRun } from "./import-maven-deal-batch";
import { mavenJobResultSchema, type MavenJobPayload, type MavenSetupSummary } from "./maven-job-config";
import { planMavenSetup } from "./plan-maven-setup";
import type { MavenDataset } from "./read-maven-files";
import { writeMavenRowFailures } from "./write-maven-row-failures";
import { writeMavenSetup } from "./write-maven-setup";

/** sales_pipeline.csv lines per transaction. */
const BATCH_ROWS = 1_000;

/** The setup (pipeline, about a hundred users and companies) is one short transaction. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * The work of a MAVEN_IMPORT job on the dataset read from its stored uploads: first, in one
 * transaction, the Maven pipeline, the agents' users, the companies and the rejected rows of
 * accounts.csv, sales_teams.csv and products.csv, with the setup's counts as the job's result;
 * then the opportunities in batches of BATCH_ROWS lines (importMavenDealBatch), so the job's
 * progress counts deals. Dates are read in the importing user's time zone (UTC for a system
 * import).
 * A later attempt (after a crash, or Retry) resumes: when the result says the setup is done, the
 * setup runs again only to find the pipeline, users and companies it made (the setup is
 * idempotent: it matches what exists) without counting or rejecting anything twice, and the deals
 * resume after the `processed` lines already saved.
 * @throws ValidationError or ConflictError from the setup (the job then FAILS with that message
 *   and nothing of the setup is stored).
 */
export async function runMavenImport(context: JobContext<MavenJobPayload>, dataset: MavenDataset): Promise<void> {
  const config = context.payload;
  const jobId = context.job.id;
  const db = getDb();
  const actor = context.job.createdById ? await db.user.findUnique({ where: { id: context.job.createdById }, select: { id: true, timeZone: true } }) : null;
  const actorId = actor?.id ?? null;
  const earlier = mavenJobResultSchema.safeParse(context.job.result);
  if (earlier.success) await context.log("info", `Resuming after opportunity line ${context.job.processed.toLocaleString("en")}; the setup was done by an earlier attempt`);

  const { plan, setup } = await db.$transaction(async (tx) => {
    const plan = await planMavenSetup(tx, dataset, config.settings);
    const setup = await writeMavenSetup(tx, { plan, actorId, jobId, now: new Date() });
    if (!earlier.success) {
      const failures = [...dataset.failures.filter((failure) => failure.kind !== "salesPipeline"), ...plan.failures];
      await writeMavenRowFailures(tx, jobId, failures);
      await context.addProgress(tx, { failed: failures.length });
      const rejected: MavenSetupSummary["rejected"] = {};
      for (const failure of failures) rejected[failure.kind] = (rejected[failure.kind] ?? 0) + 1;
      await context.setResult({ setup: { ...setup.counts, rejected } }, tx);
    }
    return { plan, setup };
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
  for (let start = context.job.processed; start < items.length; start += BATCH_ROWS) await importMavenDealBatch(run, items.slice(start, start + BATCH_ROWS));
}
