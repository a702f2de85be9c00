import { pipeline, Transform, type Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { CsvDelimiter } from "@/lib/validation/import";

/** A record of the file: its cells and the line it starts on (1-based). */
export type CsvRow = { line: number; cells: string[] };
/** Where the file stopped being readable as CSV (a quote never closed). Nothing follows it. */
export type CsvReadError = { line: number; error: string };

/**
 * Largest record read, in characters. A record grows this large only when a quote is never
 * closed, which would otherwise pull the rest of a big file into memory.
 */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const LF_BUFFER = Buffer.from([LF]);

/**
 * Turns CRLF and lone CR line breaks into LF, across chunk boundaries, so that every line break
 * of the file is one "\n" (csv-parse counts a CRLF inside a quoted cell as two lines). Line
 * breaks inside cells come out as "\n" too.
 */
function normalizeLineBreaks(): Transform {
  let afterCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let start = afterCr && chunk[0] === LF ? 1 : 0;
      afterCr = false;
      const parts: Buffer[] = [];
      for (let cr = chunk.indexOf(CR, start); cr !== -1; cr = chunk.indexOf(CR, start)) {
        parts.push(chunk.subarray(start, cr), LF_BUFFER);
        afterCr = cr === chunk.length - 1;
        start = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
      }
      if (parts.length === 0) return callback(null, start ? chunk.subarray(start) : chunk);
      parts.push(chunk.subarray(start));
      callback(null, Buffer.concat(parts));
    },
  });
}

/** Lines a record spans: its own line plus the line breaks inside its cells. */
function linesOf(cells: string[]): number {
  let lines = 1;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) lines++;
  return lines;
}

function describe(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return "A quoted cell starting on this line is never closed; the rest of the file could not be read";
  }
  if (error.code === "CSV_MAX_RECORD_SIZE") {
    return "A row starting on this line is larger than 8 MB (is a quote not closed?); the rest of the file could not be read";
  }
  return error.message;
}

/**
 * Streams the records of a CSV file with csv-parse: a UTF-8 BOM is dropped, CRLF, LF and CR line
 * breaks are accepted, quoted cells may hold delimiters, quotes, line breaks and JSON, and rows
 * with more or fewer cells than the others are returned as they are (the caller decides).
 * Stray quotes inside unquoted cells are kept as text. Blank lines are skipped.
 *
 * csv-parse cannot go on after a quote that is never closed: that yields a CsvReadError, after
 * every record before it.
 * @param source - the file's bytes.
 */
export async function* readCsv(source: Readable, { delimiter }: { delimiter: CsvDelimiter }): AsyncGenerator<CsvRow | CsvReadError> {
  // Errors are collected rather than thrown: a thrown error would discard the records the
  // parser has already buffered. `records` says how many records came before the bad one.
  const failures: Array<{ records: number; error: CsvError }> = [];
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) failures.push({ records: Number(error.records), error });
      return undefined;
    },
  });
  // pipeline() destroys every stage when one fails or when the caller stops reading early.
  pipeline(source, normalizeLineBreaks(), parser, () => {});
  // Every line break is a "\n" either ending a record (blank lines are records of one empty
  // cell here) or inside a cell, so counting both gives each record's first line.
  let line = 1;
  let records = 0;
  function* failuresBefore(position: number): Generator<CsvReadError> {
    while (failures.length && failures[0].records <= position) yield { line, error: describe(failures.shift()!.error) };
  }
  for await (const cells of parser as AsyncIterable<string[]>) {
    yield* failuresBefore(records++);
    if (cells.some((cell) => cell.trim() !== "")) yield { line, cells };
    line += linesOf(cells);
  }
  yield* failuresBefore(Number.POSITIVE_INFINITY);
}
