import { rowDedupeKeys } from "@/lib/import/dedupe-keys";
import type { LeadRowConverter } from "@/lib/import/convert-lead-row";
import type { CsvDelimiter, LeadImportDedupe } from "@/lib/validation/import";
import type { CsvReadError, CsvRow } from "@/server/csv/read-csv";
import { getDb } from "@/server/db";
import type { JobContext } from "@/server/jobs/job-type";
import type { Actor } from "@/server/services/permissions";
import { findMatchingLeads } from "./find-matching-leads";
import { planLeadBatch, type ImportRow, type LeadBatchPlan, type RowFailure } from "./plan-lead-batch";
import { writeLeadBatch } from "./write-lead-batch";

/** What every batch of one import shares. `actor` null: a system import (unowned leads). */
export type LeadImportRun = {
  context: JobContext<unknown>;
  convert: LeadRowConverter;
  delimiter: CsvDelimiter;
  dedupe: LeadImportDedupe;
  actor: (Actor & { timeZone: string }) | null;
  stageId: string;
};

/** A batch of a few hundred rows is written in well under a second, so SQLite is not held long. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * Imports a batch of records in one transaction: converts and validates each row, finds the
 * stored leads sharing a duplicate key with some row (one query), plans creates, updates and
 * skips, writes them with the rejected rows and adds the counts to the job — all or nothing.
 * When the transaction fails (a row the database refuses), the records are imported one by one
 * so that only the offending row is reported ("Could not be saved: …").
 */
export async function importLeadBatch(run: LeadImportRun, records: Array<CsvRow | CsvReadError>): Promise<void> {
  const db = getDb();
  const rows: ImportRow[] = [];
  const rejected: RowFailure[] = [];
  for (const record of records) {
    if ("error" in record) {
      rejected.push({ line: record.line, reason: record.error, cells: null });
      continue;
    }
    const result = run.convert(record.cells);
    if (result.ok) rows.push({ line: record.line, cells: record.cells, data: result.data, present: result.present });
    else rejected.push({ line: record.line, reason: result.reason, cells: record.cells });
  }
  const existing = await findMatchingLeads(db, rows.flatMap((row) => rowDedupeKeys(row.data, run.dedupe)));
  const timeZone = run.actor?.timeZone ?? "UTC";
  const plan = planLeadBatch({ rows, existing, dedupe: run.dedupe, actor: run.actor });
  plan.failures.push(...rejected);
  try {
    await write(run, plan, records.length, timeZone);
  } catch (error) {
    // Cancelled, handed back or lost at the batch's checkpoint: not a row the database refused.
    if (run.context.signal.aborted) throw error;
    if (records.length > 1) {
      for (const record of records) await importLeadBatch(run, [record]);
      return;
    }
    console.error(`import job ${run.context.job.id}: line ${records[0].line} could not be saved`, error);
    const reason = `Could not be saved: ${(error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)}`;
    const [record] = records;
    const failure = { line: record.line, reason, cells: "cells" in record ? record.cells : null };
    const failed: LeadBatchPlan = { creates: [], updates: [], updated: 0, skipped: 0, failures: [failure] };
    await write(run, failed, 1, timeZone);
  }
}

async function write(run: LeadImportRun, plan: LeadBatchPlan, processed: number, timeZone: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await writeLeadBatch(tx, {
      jobId: run.context.job.id,
      plan,
      actorId: run.actor?.id ?? null,
      stageId: run.stageId,
      timeZone,
      delimiter: run.delimiter,
      now: new Date(),
    });
    await run.context.addProgress(tx, {
      processed,
      created: plan.creates.length,
      updated: plan.updated,
      skipped: plan.skipped,
      failed: plan.failures.length,
    });
  }, TRANSACTION_OPTIONS);
}
