import { Readable } from "node:stream";
import { compileLeadMapping } from "@/lib/import/convert-lead-row";
import { columnNames } from "@/lib/import/detect-header";
import type { CsvFormat, LeadImportDedupe, LeadImportMapping } from "@/lib/validation/import";
import type { CsvRow } from "@/server/csv/read-csv";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { JobContext } from "@/server/jobs/job-type";
import { importLeadBatch } from "@/server/services/imports/import-lead-batch";
import { readLeadRecords } from "@/server/services/imports/read-lead-records";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";

/** Records per transaction, as the file import's batches. */
const BATCH_RECORDS = 1_000;

/** How a fetched file is read: its format, mapping and duplicate handling, and a tag for the leads it creates. */
export type SourceFileSettings = {
  format: CsvFormat;
  mapping: LeadImportMapping;
  dedupe: LeadImportDedupe;
  /** Added to each imported row that has no tags of its own (e.g. "gmaps: pizza 2026-12-07"). */
  tag?: string;
};

/**
 * Imports a file a source answered (gosom's CSV, a CSV or JSON file at a URL) through the lead
 * import's own path — the mapping, the preset's or the chosen duplicate handling, per-row errors
 * (importLeadBatch) — as the job's creator (or the system), the job being each new lead's
 * `sourceJobId`. The whole file is read and checked before anything is written: a file that is
 * malformed anywhere (a quote never closed, a JSON record cut off) or whose columns do not fit the
 * mapping imports nothing. Resumes after the job's saved `processed` rows.
 * @param bytes - the file.
 * @throws ValidationError naming the line or record where the file is malformed, or the mapping's problems.
 */
export async function importSourceFile(context: JobContext<unknown>, bytes: Buffer, settings: SourceFileSettings): Promise<void> {
  const hasHeader = settings.format.hasHeader || settings.format.type === "json";
  const records: CsvRow[] = [];
  for await (const record of readLeadRecords(Readable.from([bytes]), settings.format)) {
    if ("error" in record) {
      const where = settings.format.type === "json" ? `record ${record.line}` : `line ${record.line}`;
      throw new ValidationError(`The file is malformed at ${where}: ${record.error}. Nothing was imported.`);
    }
    records.push(record);
  }
  const header = hasHeader ? records[0] : undefined;
  const rows = hasHeader ? records.slice(1) : records;
  if (!rows.length) {
    await context.setTotal(0);
    await context.log("info", "The file holds no rows");
    return;
  }
  const mapping = settings.tag && !settings.mapping.columns.tags ? { ...settings.mapping, defaults: { ...settings.mapping.defaults, tags: settings.tag } } : settings.mapping;
  const compiled = compileLeadMapping(columnNames((header ?? records[0]).cells, hasHeader), mapping);
  if (!compiled.ok) {
    const problems = Object.entries(compiled.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
    throw new ValidationError(`The column mapping does not fit the file (${problems.join("; ")}). Nothing was imported.`, compiled.fieldErrors);
  }
  const actor = context.job.createdById
    ? await getDb().user.findUnique({ where: { id: context.job.createdById }, select: { id: true, role: true, timeZone: true } })
    : null;
  const run = { context, convert: compiled.convert, delimiter: settings.format.delimiter, dedupe: settings.dedupe, actor, stageId: await firstLeadStageId() };
  await context.setTotal(rows.length);
  for (let start = context.job.processed; start < rows.length; start += BATCH_RECORDS) {
    await importLeadBatch(run, rows.slice(start, start + BATCH_RECORDS));
  }
}
