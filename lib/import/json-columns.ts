/**
 * Columns whose cells hold JSON objects (the Google Maps scraper's `complete_address`, for
 * example) expose each key as a virtual column "column.key" that a mapping can pick.
 */

/** Keys offered per JSON column, at most. */
const MAX_KEYS_PER_COLUMN = 50;

/** The text of a cell: trimmed; the literal `null` that some exporters write is empty. */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? "").trim();
  return text === "null" ? "" : text;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The virtual columns of the given sample rows: "column.key" for every key of a JSON object
 * found in a column, in order of first appearance.
 * @param columns - the column names; `rows` hold cells in the same order.
 */
export function jsonColumns(columns: string[], rows: string[][]): string[] {
  const out: string[] = [];
  columns.forEach((column, index) => {
    const keys = new Set<string>();
    for (const row of rows) {
      const object = parseObject(cellText(row[index]));
      for (const key of Object.keys(object ?? {})) if (keys.size < MAX_KEYS_PER_COLUMN) keys.add(key);
    }
    for (const key of keys) out.push(`${column}.${key}`);
  });
  return out;
}

/** Thrown by a column reader when a JSON column's cell is not valid JSON. */
export class InvalidJsonCellError extends Error {
  constructor(readonly column: string) {
    super(`${column}: Not valid JSON`);
  }
}

/**
 * Reads one mapped column from a row's cells. JSON cells are parsed once per row through
 * `parsed` (a cache the caller creates per row).
 * @throws InvalidJsonCellError when a virtual column's JSON cell cannot be parsed.
 */
export type ColumnReader = (cells: string[], parsed: Map<number, unknown>) => string;

function jsonValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return cellText(String(value));
}

/**
 * A reader for `column`: a real column by name, else "base.key" for a key of the JSON objects in
 * column "base" (a real column of that exact name wins).
 * @returns null when neither exists.
 */
export function columnReader(columns: string[], column: string): ColumnReader | null {
  const index = columns.indexOf(column);
  if (index >= 0) return (cells) => cellText(cells[index]);
  for (let dot = column.lastIndexOf("."); dot > 0; dot = column.lastIndexOf(".", dot - 1)) {
    const base = columns.indexOf(column.slice(0, dot));
    if (base < 0) continue;
    const key = column.slice(dot + 1);
    const baseName = columns[base];
    return (cells, parsed) => {
      if (!parsed.has(base)) {
        const text = cellText(cells[base]);
        let value: unknown = null;
        if (text) {
          try {
            value = JSON.parse(text);
          } catch {
            throw new InvalidJsonCellError(baseName);
          }
        }
        parsed.set(base, value);
      }
      const object = parsed.get(base);
      return object !== null && typeof object === "object" && !Array.isArray(object)
        ? jsonValueText((object as Record<string, unknown>)[key])
        : "";
    };
  }
  return null;
}
