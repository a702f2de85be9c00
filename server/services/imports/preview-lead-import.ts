import { Readable } from "node:stream";
import { compileLeadMapping } from "@/lib/import/convert-lead-row";
import { detectDelimiter } from "@/lib/import/detect-delimiter";
import { columnNames, detectHeader } from "@/lib/import/detect-header";
import { columnReader, InvalidJsonCellError, jsonColumns } from "@/lib/import/json-columns";
import { looksLikeJson } from "@/lib/import/json-records";
import { LEAD_IMPORT_FIELD_KEYS, type LeadImportField } from "@/lib/import/lead-fields";
import { detectImportPreset, findImportPreset } from "@/lib/import/presets";
import { suggestLeadMapping } from "@/lib/import/suggest-mapping";
import {
  leadImportPreviewSchema,
  type CsvFormat,
  type LeadImportDedupe,
  type LeadImportMapping,
  type LeadImportPreviewInput,
  type LeadMatchKey,
} from "@/lib/validation/import";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import type { CsvReadError, CsvRow } from "@/server/csv/read-csv";
import { ValidationError } from "@/server/errors";
import { parseOrThrow } from "@/server/services/parse";
import { readLeadRecords } from "./read-lead-records";

/** Records read from the sample to detect the header and the keys of JSON columns. */
const SAMPLE_RECORDS = 50;
/** Rows shown in the preview. */
const PREVIEW_ROWS = 10;

export type LeadImportPreviewRow = {
  line: number;
  /** The lead fields as they would be stored, as text; null when the row is rejected. */
  values: Partial<Record<LeadImportField, string>> | null;
  /** Why the row would be rejected. */
  error: string | null;
};

export type LeadImportPreview = {
  format: CsvFormat;
  columns: string[];
  /** "column.key" virtual columns for the keys of JSON objects in cells. */
  jsonColumns: string[];
  /** The first cells of each column, to help choosing. */
  examples: Record<string, string>;
  preset: string | null;
  mapping: LeadImportMapping;
  /** Problems of the mapping (unknown columns, no business name); the rows are not converted then. */
  mappingErrors: FieldErrors;
  dedupe: LeadImportDedupe;
  rows: LeadImportPreviewRow[];
};

function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** Longest example shown per column, in characters. */
const EXAMPLE_CHARS = 80;

/** The first non-empty value of each of `names` (real or virtual columns) in `rows`. */
function columnExamples(columns: string[], names: string[], rows: string[][]): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const name of names) {
    const read = columnReader(columns, name);
    for (const cells of rows) {
      let value = "";
      try {
        value = read?.(cells, new Map()) ?? "";
      } catch (error) {
        if (!(error instanceof InvalidJsonCellError)) throw error;
      }
      if (value) {
        examples[name] = value.length > EXAMPLE_CHARS ? `${value.slice(0, EXAMPLE_CHARS)}…` : value;
        break;
      }
    }
  }
  return examples;
}

/** Match keys whose fields the mapping fills, for files without a preset. */
function suggestedMatchKeys(mapping: LeadImportMapping): LeadMatchKey[] {
  const fieldOfKey: Record<LeadMatchKey, LeadImportField> = { externalId: "externalId", email: "email", phone: "phone", domain: "website" };
  return (Object.keys(fieldOfKey) as LeadMatchKey[]).filter((key) => mapping.columns[fieldOfKey[key]]);
}

/**
 * Reads the first bytes of a CSV or JSON file (JSON when the sample starts with "[" or "{", or the
 * given format says so) and shows how it would be imported: the detected (or
 * given) delimiter and header, the columns with JSON virtual columns, the suggested (or given)
 * mapping — the named preset's, or when no preset is named (undefined, not null) and no mapping
 * given, that of a preset whose columns the file has — and the first rows converted and
 * validated exactly as the import will.
 * @param input.sample - the start of the file as text; `truncated` when the file goes on, in
 *   which case the last, possibly cut, record is ignored.
 * @throws ValidationError for an invalid request, an unknown preset or a sample without records.
 */
export async function previewLeadImport(input: LeadImportPreviewInput): Promise<LeadImportPreview> {
  const request = parseOrThrow(leadImportPreviewSchema, input);
  const chosenPreset = findImportPreset(request.preset);
  if (request.preset && !chosenPreset) throw new ValidationError(`No preset named "${request.preset}"`, { preset: [`No preset named "${request.preset}"`] });
  const json = request.format ? request.format.type === "json" : looksLikeJson(request.sample);
  const delimiter = json ? "," : (request.format?.delimiter ?? detectDelimiter(request.sample));

  const records: Array<CsvRow | CsvReadError> = [];
  const format = { delimiter, hasHeader: json, ...(json ? { type: "json" as const } : {}) };
  for await (const record of readLeadRecords(Readable.from([Buffer.from(request.sample)]), format, { truncated: request.truncated })) {
    records.push(record);
    if (records.length > SAMPLE_RECORDS) break;
  }
  // A CSV sample's last record may be cut (readLeadRecords already drops a cut JSON record).
  if (request.truncated && !json && records.length <= SAMPLE_RECORDS) records.pop();
  const first = records[0];
  if (!first || "error" in first) throw new ValidationError("No rows found in the file", { file: ["No rows found in the file"] });

  const rowsOf = (list: typeof records) => list.flatMap((record) => ("cells" in record ? [record.cells] : []));
  const hasHeader = json || (request.format?.hasHeader ?? detectHeader(rowsOf(records)));
  const columns = columnNames(first.cells, hasHeader);
  const dataRecords = hasHeader ? records.slice(1) : records;
  const virtual = jsonColumns(columns, rowsOf(dataRecords));
  const preset = request.preset === undefined && !request.mapping ? detectImportPreset(columns) : chosenPreset;
  const mapping = request.mapping ?? suggestLeadMapping(columns, virtual, preset);
  const examples = columnExamples(columns, [...columns, ...virtual], rowsOf(dataRecords));

  const compiled = compileLeadMapping(columns, mapping);
  const rows: LeadImportPreviewRow[] = compiled.ok
    ? dataRecords.slice(0, PREVIEW_ROWS).map((record) => {
        if ("error" in record) return { line: record.line, values: null, error: record.error };
        const result = compiled.convert(record.cells);
        if (!result.ok) return { line: record.line, values: null, error: result.reason };
        const values = Object.fromEntries(
          LEAD_IMPORT_FIELD_KEYS.filter((field) => result.present.includes(field)).map((field) => [field, displayValue(result.data[field])]),
        );
        return { line: record.line, values, error: null };
      })
    : [];

  return {
    format: json ? format : { delimiter, hasHeader },
    columns,
    jsonColumns: virtual,
    examples,
    preset: preset?.name ?? null,
    mapping,
    mappingErrors: compiled.ok ? {} : compiled.fieldErrors,
    dedupe: preset?.dedupe ?? { match: suggestedMatchKeys(mapping), mode: "skip" },
    rows,
  };
}
