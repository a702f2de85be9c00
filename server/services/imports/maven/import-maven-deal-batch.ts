import { generateNKeysBetween } from "fractional-indexing";
import { weightedValue } from "@/lib/deals/weighted-value";
import { MAVEN_STAGE_NAMES } from "@/lib/import/maven/maven-pipeline";
import type { MavenExistingDealMode, MavenOpportunityRow } from "@/lib/validation/maven-import";
import { getDb, type Tx } from "@/server/db";
import type { JobContext } from "@/server/jobs/job-type";
import { changedFields } from "@/server/services/audit";
import { insertRows } from "../insert-rows";
import { findDealsByExternalId, type StoredMavenDeal } from "./find-deals-by-external-id";
import { newRowId } from "../new-row-id";
import type { MavenRow, MavenRowFailure } from "./read-maven-files";
import { resolveMavenDeal, type MavenDealLookups } from "./resolve-maven-deal";
import { writeMavenRowFailures } from "./write-maven-row-failures";

/** What every batch of one import shares. */
export type MavenDealRun = {
  context: JobContext<unknown>;
  lookups: MavenDealLookups;
  pipelineId: string;
  pipelineFile: string;
  existingDeals: MavenExistingDealMode;
  /** The importing user (audit log author); null for a system import. */
  actorId: string | null;
};

/** A line of sales_pipeline.csv: a row that passed its own checks, or one that did not. */
export type MavenDealItem = { row: MavenRow<MavenOpportunityRow> } | { failure: MavenRowFailure };

type Resolved = Extract<ReturnType<typeof resolveMavenDeal>, { ok: true }> & { line: number };

/** A batch of 1,000 deals is written in well under a second, so SQLite's write lock is held briefly. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

const stageNameById = (lookups: MavenDealLookups, stageId: string) => MAVEN_STAGE_NAMES.find((name) => lookups.stages[name].id === stageId)!;

/** The next `count` position keys at the end of each stage, by stage id (one query per stage). */
async function keysAtEnd(tx: Tx, counts: Map<string, number>): Promise<Map<string, string[]>> {
  const keys = new Map<string, string[]>();
  for (const [stageId, count] of counts) {
    const last = await tx.deal.findFirst({ where: { stageId }, orderBy: [{ position: "desc" }, { id: "desc" }], select: { position: true } });
    keys.set(stageId, generateNKeysBetween(last?.position ?? null, null, count));
  }
  return keys;
}

async function write(run: MavenDealRun, resolved: Resolved[], failures: MavenRowFailure[], processed: number): Promise<void> {
  const { context, lookups, pipelineId, actorId } = run;
  await getDb().$transaction(async (tx) => {
    const now = new Date();
    const existing = await findDealsByExternalId(tx, resolved.map((deal) => deal.columns.externalId));
    const creates = resolved.filter((deal) => !existing.has(deal.columns.externalId));
    const updates: Array<{ deal: StoredMavenDeal; next: Resolved; data: Record<string, [unknown, unknown]> }> = [];
    if (run.existingDeals === "update") {
      for (const next of resolved) {
        const deal = existing.get(next.columns.externalId);
        if (!deal) continue;
        const c = next.columns;
        const probability = deal.probabilityOverridden ? deal.probability : c.probability;
        const wanted = {
          title: c.title,
          value: c.value,
          currency: c.currency,
          probability,
          weightedValue: weightedValue(c.value, probability),
          pipelineId,
          stageId: next.stageId,
          closedAt: c.closedAt,
          companyId: c.companyId,
          ownerId: c.ownerId,
          searchText: c.searchText,
        };
        const data = changedFields(deal, wanted);
        if (Object.keys(data).length) updates.push({ deal, next, data });
      }
    }
    const skipped = resolved.length - creates.length - updates.length;

    const moving = updates.filter((update) => "stageId" in update.data);
    const counts = new Map<string, number>();
    for (const deal of [...creates, ...moving.map((update) => update.next)]) counts.set(deal.stageId, (counts.get(deal.stageId) ?? 0) + 1);
    const keys = await keysAtEnd(tx, counts);
    const nextKey = (stageId: string) => keys.get(stageId)!.shift()!;

    const ids = creates.map(() => newRowId(now.getTime()));
    await insertRows(
      tx,
      "Deal",
      creates.map(({ stageId, columns: c }, index) => ({
        id: ids[index],
        title: c.title,
        value: c.value,
        currency: c.currency,
        probability: c.probability,
        probabilityOverridden: false,
        weightedValue: c.weightedValue,
        expectedCloseAt: null,
        pipelineId,
        stageId,
        position: nextKey(stageId),
        stageChangedAt: c.stageEnteredAt ?? now,
        closedAt: c.closedAt,
        closeReason: null,
        companyId: c.companyId,
        contactId: null,
        leadId: null,
        ownerId: c.ownerId,
        externalId: c.externalId,
        searchText: c.searchText,
        createdAt: c.startedAt ?? now,
        updatedAt: now,
      })),
    );

    for (const { deal, next, data } of updates) {
      const changes = Object.fromEntries(Object.entries(data).map(([column, [, after]]) => [column, after]));
      const stageMoved = "stageId" in data;
      await tx.deal.update({
        where: { id: deal.id },
        data: {
          ...changes,
          ...(stageMoved ? { position: nextKey(next.stageId), stageChangedAt: next.columns.stageEnteredAt ?? now } : {}),
          ...(next.columns.closedAt === null ? { closeReason: null } : {}),
        },
        select: { id: true },
      });
      if (stageMoved) {
        await tx.activity.create({
          data: {
            type: "STAGE_CHANGED",
            dealId: deal.id,
            authorId: actorId,
            occurredAt: now,
            data: { from: { id: deal.stageId, name: deal.stage.name }, to: { id: next.stageId, name: stageNameById(lookups, next.stageId) } },
          },
        });
      }
    }

    const audit: Array<{ actorId: string | null; action: string; entityType: string; entityId: string; changes: object }> = updates.map(
      ({ deal, data }) => ({ actorId, action: "update", entityType: "Deal", entityId: deal.id, changes: data }),
    );
    if (creates.length) audit.push({ actorId, action: "import", entityType: "Job", entityId: context.job.id, changes: { createdDealIds: ids } });
    await insertRows(tx, "AuditLog", audit.map((entry) => ({ id: newRowId(now.getTime()), ...entry, createdAt: now })));
    await writeMavenRowFailures(tx, context.job.id, failures);
    await context.addProgress(tx, { processed, created: creates.length, updated: updates.length, skipped, failed: failures.length });
  }, TRANSACTION_OPTIONS);
}

/**
 * Imports a batch of sales_pipeline.csv lines in one transaction: resolves each opportunity
 * (resolveMavenDeal), finds deals imported before by opportunity_id (Deal.externalId, in any
 * pipeline), inserts the new deals at the end of their stage's column (fractional-indexing keys
 * after the last card, in file order), updates or skips the ones found (run.existingDeals),
 * stores the rejected lines and adds the counts to the job — all or nothing. When the
 * transaction fails, the lines are imported one by one so that only the offending line is
 * rejected ("Could not be saved: …"); a line is never stored in part.
 */
export async function importMavenDealBatch(run: MavenDealRun, items: MavenDealItem[]): Promise<void> {
  const resolved: Resolved[] = [];
  const failures: MavenRowFailure[] = [];
  for (const item of items) {
    if ("failure" in item) {
      failures.push(item.failure);
      continue;
    }
    const { line, cells, data } = item.row;
    const result = resolveMavenDeal(data, run.lookups);
    if (result.ok) resolved.push({ ...result, line });
    else failures.push({ kind: "salesPipeline", file: run.pipelineFile, line, reason: result.reason, cells, key: data.opportunity_id });
  }
  try {
    await write(run, resolved, failures, items.length);
  } catch (error) {
    // Cancelled, handed back or lost at the batch's checkpoint: not a row the database refused.
    if (run.context.signal.aborted) throw error;
    if (items.length > 1) {
      for (const item of items) await importMavenDealBatch(run, [item]);
      return;
    }
    const [item] = items;
    const line = "failure" in item ? item.failure.line : item.row.line;
    console.error(`import job ${run.context.job.id}: line ${line} could not be saved`, error);
    const reason = `Could not be saved: ${(error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)}`;
    await write(run, [], [{ kind: "salesPipeline", file: run.pipelineFile, line, reason, cells: "failure" in item ? item.failure.cells : item.row.cells }], 1);
  }
}
