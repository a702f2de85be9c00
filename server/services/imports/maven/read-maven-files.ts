import { Readable } from "node:stream";
import type { z } from "zod";
import { detectMavenFileKind, MAVEN_FILE_KINDS, MAVEN_FILES, missingMavenColumns, type MavenFileKind } from "@/lib/import/maven/maven-files";
import { mavenNameKey, mavenProductKey } from "@/lib/import/maven/maven-values";
import {
  mavenAccountRowSchema,
  mavenAgentRowSchema,
  mavenOpportunityRowSchema,
  mavenProductRowSchema,
  rowProblems,
  type MavenAccountRow,
  type MavenAgentRow,
  type MavenOpportunityRow,
  type MavenProductRow,
} from "@/lib/validation/maven-import";
import { readCsv, type CsvReadError, type CsvRow } from "@/server/csv/read-csv";
import { ValidationError } from "@/server/errors";

/** A file as uploaded or read from a folder: its name and its text. */
export type MavenUpload = { name: string; text: string };

/**
 * A row that cannot be imported: its file (kind and name), line (1-based), why, its cells (null when unreadable)
 * and the text of its key column (account, sales_agent, product, opportunity_id) when it has one.
 */
export type MavenRowFailure = { kind: MavenFileKind; file: string; line: number; reason: string; cells: string[] | null; key?: string };

/** A row that passed its file's checks. */
export type MavenRow<T> = { line: number; cells: string[]; data: T };

/** The rows of the Maven files, checked one by one and for repeats within their file. */
export type MavenDataset = {
  /** The recognised files: kind → file name and data row count. */
  files: Partial<Record<MavenFileKind, { name: string; rows: number }>>;
  /** Names of files that are not part of the dataset (e.g. data_dictionary.csv); not read. */
  ignored: string[];
  accounts: Array<MavenRow<MavenAccountRow>>;
  agents: Array<MavenRow<MavenAgentRow>>;
  products: Array<MavenRow<MavenProductRow>>;
  opportunities: Array<MavenRow<MavenOpportunityRow>>;
  failures: MavenRowFailure[];
};

type Records = { kind: MavenFileKind; name: string; header: string[]; records: Array<CsvRow | CsvReadError> };

/** The records of a file after its header row. */
async function readRecords(upload: MavenUpload): Promise<{ header: string[]; records: Array<CsvRow | CsvReadError> }> {
  const records: Array<CsvRow | CsvReadError> = [];
  for await (const record of readCsv(Readable.from([Buffer.from(upload.text, "utf8")]), { delimiter: "," })) records.push(record);
  const first = records.shift();
  return { header: first && "cells" in first ? first.cells : [], records };
}

/**
 * Checks each row of one file with its schema; a row whose cells do not line up with the header,
 * that fails the schema, or whose key repeats an earlier row's becomes a failure.
 */
function checkRows<S extends z.ZodType>(
  { kind, name, header, records }: Records,
  schema: S,
  key: { column: string; of: (data: z.output<S>) => string },
  failures: MavenRowFailure[],
): Array<MavenRow<z.output<S>>> {
  const columns = header.map((column) => column.trim().toLowerCase());
  const keyIndex = columns.indexOf(key.column);
  const rows: Array<MavenRow<z.output<S>>> = [];
  const firstLine = new Map<string, number>();
  for (const record of records) {
    if ("error" in record) {
      failures.push({ kind, file: name, line: record.line, reason: record.error, cells: null });
      continue;
    }
    const keyText = record.cells[keyIndex]?.trim();
    const fail = (reason: string) => failures.push({ kind, file: name, line: record.line, reason, cells: record.cells, ...(keyText ? { key: keyText } : {}) });
    if (record.cells.length !== columns.length) {
      fail(`Has ${record.cells.length} cells where the header has ${columns.length} columns`);
      continue;
    }
    const parsed = schema.safeParse(Object.fromEntries(columns.map((column, index) => [column, record.cells[index]])));
    if (!parsed.success) {
      fail(rowProblems(parsed.error));
      continue;
    }
    const rowKey = key.of(parsed.data);
    const earlier = firstLine.get(rowKey);
    if (earlier !== undefined) {
      fail(`${key.column}: the same as on line ${earlier}`);
      continue;
    }
    firstLine.set(rowKey, record.line);
    rows.push({ line: record.line, cells: record.cells, data: parsed.data });
  }
  return rows;
}

/**
 * Reads the Maven CSV files (comma-separated, header row; CRLF or LF), recognising each by its
 * columns (see detectMavenFileKind), and checks every row. Files that are not part of the
 * dataset are listed in `ignored`.
 * @throws ValidationError when two files are the same kind, a required file is missing, or a
 *   file lacks some of its columns (the import cannot start then).
 */
export async function readMavenFiles(uploads: MavenUpload[]): Promise<MavenDataset> {
  const byKind = new Map<MavenFileKind, Records>();
  const ignored: string[] = [];
  for (const upload of uploads) {
    const { header, records } = await readRecords(upload);
    const kind = detectMavenFileKind(header);
    if (!kind) {
      ignored.push(upload.name);
      continue;
    }
    const other = byKind.get(kind);
    if (other) throw new ValidationError(`${other.name} and ${upload.name} are both ${MAVEN_FILES[kind].fileName}; choose one`, { files: [`Two files are ${MAVEN_FILES[kind].fileName}`] });
    const missing = missingMavenColumns(kind, header);
    if (missing.length) {
      const message = `${upload.name} (${MAVEN_FILES[kind].fileName}) has no column ${missing.join(", ")}`;
      throw new ValidationError(message, { files: [message] });
    }
    byKind.set(kind, { kind, name: upload.name, header, records });
  }
  const absent = MAVEN_FILE_KINDS.filter((kind) => MAVEN_FILES[kind].required && !byKind.has(kind)).map((kind) => MAVEN_FILES[kind].fileName);
  if (absent.length) {
    const message = `Missing ${absent.join(", ")}: the Maven import needs accounts.csv, sales_pipeline.csv and sales_teams.csv (products.csv is optional)`;
    throw new ValidationError(message, { files: [message] });
  }

  const failures: MavenRowFailure[] = [];
  const rows = <S extends z.ZodType>(kind: MavenFileKind, schema: S, column: string, of: (data: z.output<S>) => string) => {
    const records = byKind.get(kind);
    return records ? checkRows(records, schema, { column, of }, failures) : [];
  };
  return {
    files: Object.fromEntries([...byKind].map(([kind, records]) => [kind, { name: records.name, rows: records.records.length }])),
    ignored,
    accounts: rows("accounts", mavenAccountRowSchema, "account", (row) => mavenNameKey(row.account)),
    agents: rows("salesTeams", mavenAgentRowSchema, "sales_agent", (row) => mavenNameKey(row.sales_agent)),
    products: rows("products", mavenProductRowSchema, "product", (row) => mavenProductKey(row.product)),
    opportunities: rows("salesPipeline", mavenOpportunityRowSchema, "opportunity_id", (row) => row.opportunity_id),
    failures,
  };
}
