import { stringify } from "csv-stringify/sync";

/** At most this many rows per export (a guard for memory; the list shows the count). */
export const MAX_EXPORT_ROWS = 200_000;

/** One CSV column: its header and how to read the cell from a record. */
export type CsvColumn<T> = { header: string; value: (record: T) => string | number | boolean | Date | null | undefined };

/**
 * Writes records as RFC 4180 CSV (with a header row, CRLF line ends and a UTF-8 BOM so that
 * spreadsheet programs detect the encoding). Dates are written as ISO 8601 UTC. Cells that
 * start with =, +, - or @ are prefixed with ' so spreadsheets do not run them as formulas
 * (OWASP "CSV Injection").
 */
export function writeCsv<T>(records: Iterable<T>, columns: CsvColumn<T>[]): string {
  const rows: unknown[][] = [columns.map((c) => c.header)];
  for (const record of records) rows.push(columns.map((c) => csvCell(c.value(record))));
  return "\uFEFF" + stringify(rows, { record_delimiter: "windows" });
}

function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
}
