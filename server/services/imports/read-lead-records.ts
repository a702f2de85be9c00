import { text } from "node:stream/consumers";
import type { Readable } from "node:stream";
import { readJsonTable } from "@/lib/import/json-records";
import type { CsvFormat } from "@/lib/validation/import";
import { readCsv, type CsvReadError, type CsvRow } from "@/server/csv/read-csv";

/**
 * The records of an import file by its format: CSV streamed by readCsv, or JSON (format.type
 * "json": read whole, readJsonTable) as a header record of its keys (line 0) followed by one record
 * per JSON object, numbered from 1 — so both go through the same mapping and batches. Where a JSON
 * file stops being readable a CsvReadError names the record, as readCsv does for a quote never
 * closed.
 * @param truncated - the source is only the start of the file (preview): a cut last record is ignored.
 */
export async function* readLeadRecords(
  source: Readable,
  format: CsvFormat,
  { truncated = false }: { truncated?: boolean } = {},
): AsyncGenerator<CsvRow | CsvReadError> {
  if (format.type !== "json") {
    yield* readCsv(source, format);
    return;
  }
  const table = readJsonTable(await text(source), { truncated });
  if (table.columns.length) yield { line: 0, cells: table.columns };
  for (const [index, cells] of table.rows.entries()) yield { line: index + 1, cells };
  if (table.error) yield { line: table.error.record, error: table.error.message };
}
