import type { z } from "zod";
import { leadInputSchema, type LeadData } from "@/lib/validation/lead";
import type { LeadImportMapping } from "@/lib/validation/import";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import { cellValue } from "./cell-value";
import { columnReader, InvalidJsonCellError, type ColumnReader } from "./json-columns";
import { LEAD_IMPORT_FIELDS, type LeadImportField } from "./lead-fields";

/**
 * A row turned into a lead: the validated data and the fields the row (or a default) gave a
 * value, which are the fields an update of an existing lead overwrites.
 */
export type ConvertedLeadRow = { ok: true; data: LeadData; present: LeadImportField[] } | { ok: false; reason: string };

export type LeadRowConverter = (cells: string[]) => ConvertedLeadRow;

/** Zod issues as one line: "email: Not a valid email address; rating: Must be a number". */
function readableIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path[0];
    return field === undefined ? issue.message : `${String(field)}: ${issue.message}`;
  });
  return [...new Set(lines)].join("; ");
}

/**
 * Prepares the conversion of rows of a file with the given columns under `mapping`: each mapped
 * cell is read (JSON keys included), empty cells fall back to the field's default, values are
 * converted per field kind, and the result is validated with leadInputSchema — the same schema
 * as the lead form.
 * @returns the converter, or field errors when the mapping names columns the file lacks or
 *   gives the business name neither a column nor a default.
 */
export function compileLeadMapping(
  columns: string[],
  mapping: LeadImportMapping,
): { ok: true; convert: LeadRowConverter } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const readers: Array<{ field: LeadImportField; read: ColumnReader | null; fallback: string }> = [];
  const fields = new Set([...Object.keys(mapping.columns), ...Object.keys(mapping.defaults)] as LeadImportField[]);
  for (const field of fields) {
    const column = mapping.columns[field];
    const read = column ? columnReader(columns, column) : null;
    if (column && !read) fieldErrors[field] = [`The file has no column "${column}"`];
    readers.push({ field, read, fallback: mapping.defaults[field] ?? "" });
  }
  if (!fields.has("name")) fieldErrors.name = ["Choose the column that holds the business name"];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const convert: LeadRowConverter = (cells) => {
    if (cells.length !== columns.length) {
      return { ok: false, reason: `Row has ${cells.length} cells; expected ${columns.length}` };
    }
    const input: Record<string, unknown> = {};
    const present: LeadImportField[] = [];
    const parsed = new Map<number, unknown>();
    try {
      for (const { field, read, fallback } of readers) {
        const text = read?.(cells, parsed) || fallback;
        if (!text) continue;
        input[field] = cellValue(LEAD_IMPORT_FIELDS[field].kind, text);
        present.push(field);
      }
    } catch (error) {
      if (error instanceof InvalidJsonCellError) return { ok: false, reason: error.message };
      throw error;
    }
    const result = leadInputSchema.safeParse(input);
    return result.success ? { ok: true, data: result.data, present } : { ok: false, reason: readableIssues(result.error) };
  };
  return { ok: true, convert };
}
