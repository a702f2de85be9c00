import { stringify } from "csv-stringify/sync";
import type { CsvDelimiter } from "@/lib/validation/import";

/**
 * A record's cells written back as one CSV record (quoted where needed, no line break at the
 * end): the "raw line" kept for a rejected row. It matches the source line up to quoting.
 */
export function csvLine(cells: string[], delimiter: CsvDelimiter): string {
  return stringify([cells], { delimiter, record_delimiter: "unix" }).replace(/\n$/, "");
}
