import fs from "node:fs";
import { compileLeadMapping } from "@/lib/import/convert-lead-row";
import { columnNames } from "@/lib/import/detect-header";
import { leadImportSettingsSchema } from "@/lib/validation/import";
import { readCsv, type CsvReadError, type CsvRow } from "@/server/csv/read-csv";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { JobContext } from "@/server/jobs/run-job";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { parseOrThrow } from "@/server/services/parse";
import { importLeadBatch, type LeadImportRun } from "./import-lead-batch";
import { importUploadPath } from "./import-upload-path";

/** Records per transaction: large enough for the bulk inserts to pay off, small enough to hold SQLite's write lock briefly. */
const BATCH_RECORDS = 1_000;

/**
 * The work of a LEAD_IMPORT job (run by server/jobs/run-job): streams the job's uploaded file,
 * takes the column names from its first record, and imports the rows in batches (see
 * importLeadBatch) as the job's creator, or as the system when the job has none. The uploaded
 * file is deleted at the end, whatever the outcome.
 * @throws ValidationError when the settings' mapping does not fit the file's columns or the file
 *   cannot be read from its first line (the job is then FAILED with that message).
 */
export async function runLeadImport(context: JobContext): Promise<void> {
  const settings = parseOrThrow(leadImportSettingsSchema, context.config);
  const db = getDb();
  const actor = context.createdById
    ? await db.user.findUnique({ where: { id: context.createdById }, select: { id: true, role: true, timeZone: true } })
    : null;
  const stageId = await firstLeadStageId();
  const file = importUploadPath(context.jobId);
  try {
    let run: LeadImportRun | null = null;
    let batch: Array<CsvRow | CsvReadError> = [];
    for await (const record of readCsv(fs.createReadStream(file), settings.format)) {
      if (!run) {
        if ("error" in record) throw new ValidationError(`Line ${record.line}: ${record.error}`);
        const compiled = compileLeadMapping(columnNames(record.cells, settings.format.hasHeader), settings.mapping);
        if (!compiled.ok) {
          const problems = Object.entries(compiled.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
          throw new ValidationError(`The column mapping does not fit the file (${problems.join("; ")})`, compiled.fieldErrors);
        }
        run = { context, convert: compiled.convert, delimiter: settings.format.delimiter, dedupe: settings.dedupe, actor, stageId };
        if (settings.format.hasHeader) continue;
      }
      batch.push(record);
      if (batch.length >= BATCH_RECORDS) {
        await importLeadBatch(run, batch);
        batch = [];
      }
    }
    if (run && batch.length) await importLeadBatch(run, batch);
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}
