/**
 * JSON files of records for the lead import: a JSON array of objects, or one object per line
 * (JSON Lines, as gosom's google-maps-scraper writes with `-json`). Each record becomes a row of
 * text cells under the union of the records' keys, so JSON goes through the same column mapping,
 * presets, duplicate handling and per-row errors as CSV: strings as they are, numbers and booleans
 * as text, null as empty, arrays of strings joined with ", " (gosom's `emails`), other arrays and
 * objects as JSON text (so "complete_address.city" reads a key of a nested object, as in CSV).
 */

/** The records of a JSON file as a table, or where it stopped being readable. */
export type JsonTable = {
  columns: string[];
  rows: string[][];
  /** Why the rest of the file could not be read (`record` is 1-based), or null. */
  error: { record: number; message: string } | null;
};

/** Most columns kept (the union of keys); more would only be noise. */
const MAX_COLUMNS = 500;

/** Whether a text (a file's start) looks like JSON rather than CSV. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
  return JSON.stringify(value);
}

/** The index just past the JSON value starting at `start` (an object or array), or -1 if it does not end in `text`. */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/**
 * Reads a JSON array of objects or JSON Lines into a table.
 * @param text - the file (or, with `truncated`, its start: a record cut at the end is ignored).
 * @returns the columns and rows read; `error` names the first record that is not a JSON object
 *   (nothing after it is read), or says the file is not JSON at all.
 */
export function readJsonTable(text: string, { truncated = false }: { truncated?: boolean } = {}): JsonTable {
  const columns: string[] = [];
  const index = new Map<string, number>();
  const records: Record<string, unknown>[] = [];
  const table = (error: JsonTable["error"]): JsonTable => ({
    columns,
    rows: records.map((record) => {
      const cells = columns.map(() => "");
      for (const [key, value] of Object.entries(record)) if (index.has(key)) cells[index.get(key)!] = cellOf(value);
      return cells;
    }),
    error,
  });
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const isArray = text[i] === "[";
  if (!isArray && text[i] !== "{") return table({ record: 1, message: "The file is not JSON: it must be an array of objects or one object per line" });
  if (isArray) i = skipSpace(text, i + 1);
  for (;;) {
    if (i >= text.length) {
      return table(isArray && !truncated ? { record: records.length + 1, message: "The JSON array is never closed" } : null);
    }
    if (isArray && text[i] === "]") return table(null);
    const record = records.length + 1;
    if (text[i] !== "{") return table({ record, message: `Record ${record} is not a JSON object` });
    const end = endOfValue(text, i);
    if (end < 0) return table(truncated ? null : { record, message: `Record ${record} is cut off: the file ends inside it` });
    let value: unknown;
    try {
      value = JSON.parse(text.slice(i, end));
    } catch (error) {
      return table({ record, message: `Record ${record} is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    }
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (!index.has(key) && columns.length < MAX_COLUMNS) {
        index.set(key, columns.length);
        columns.push(key);
      }
    }
    records.push(object);
    i = skipSpace(text, end);
    if (isArray && text[i] === ",") i = skipSpace(text, i + 1);
  }
}
