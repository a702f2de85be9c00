import fs from "node:fs";
import { compileLeadMapping } from "@/lib/import/convert-lead-row";
import { columnNames } from "@/lib/import/detect-header";
import type { CsvReadError, CsvRow } from "@/server/csv/read-csv";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { JobContext } from "@/server/jobs/job-type";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { importLeadBatch, type LeadImportRun } from "./import-lead-batch";
import { importUploadPath } from "./import-upload-path";
import type { LeadImportPayload } from "./lead-import-job";
import { readLeadRecords } from "./read-lead-records";

/** Records per transaction: large enough for the bulk inserts to pay off, small enough to hold SQLite's write lock briefly. */
const BATCH_RECORDS = 1_000;

/**
 * The handler of a LEAD_IMPORT job: streams the job's uploaded file (CSV, or JSON: readLeadRecords), takes the column names from
 * its first record, and imports the rows in batches (see importLeadBatch) as the job's creator,
 * or as the system when the job has none. Each batch is saved with the job's progress in one
 * transaction, so a later attempt (after a crash, or Retry) skips the `processed` records already
 * saved and resumes at the next unsaved batch: no row is imported twice.
 * @throws ValidationError when the uploaded file is gone, the settings' mapping does not fit the
 *   file's columns or the file cannot be read from its first line (the job then FAILS at once).
 */
export async function runLeadImport(context: JobContext<LeadImportPayload>): Promise<void> {
  const settings = context.payload;
  const db = getDb();
  const actor = context.job.createdById
    ? await db.user.findUnique({ where: { id: context.job.createdById }, select: { id: true, role: true, timeZone: true } })
    : null;
  const stageId = await firstLeadStageId();
  const file = importUploadPath(settings.upload);
  if (!fs.existsSync(file)) throw new ValidationError("The uploaded file is no longer there; upload it again");
  const saved = context.job.processed;
  if (saved > 0) await context.log("info", `Resuming after record ${saved.toLocaleString("en")} (saved by an earlier attempt)`);
  let seen = 0;
  let run: LeadImportRun | null = null;
  let batch: Array<CsvRow | CsvReadError> = [];
  // A JSON file's first record is always its keys.
  const hasHeader = settings.format.hasHeader || settings.format.type === "json";
  for await (const record of readLeadRecords(fs.createReadStream(file), settings.format)) {
    if (!run) {
      if ("error" in record) throw new ValidationError(`Line ${record.line}: ${record.error}`);
      const compiled = compileLeadMapping(columnNames(record.cells, hasHeader), settings.mapping);
      if (!compiled.ok) {
        const problems = Object.entries(compiled.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
        throw new ValidationError(`The column mapping does not fit the file (${problems.join("; ")})`, compiled.fieldErrors);
      }
      run = { context, convert: compiled.convert, delimiter: settings.format.delimiter, dedupe: settings.dedupe, actor, stageId };
      if (hasHeader) continue;
    }
    if (++seen <= saved) continue;
    batch.push(record);
    if (batch.length >= BATCH_RECORDS) {
      await importLeadBatch(run, batch);
      batch = [];
    }
  }
  if (run && batch.length) await importLeadBatch(run, batch);
}
