/** Cells that look like values rather than column names: numbers, dates, emails, URLs, phone numbers. */
const VALUE_PATTERNS = [
  /^[-+]?[\d\s.,'€$£%]+$/, // 12, 4.5, 1,200, €300, 97 754374
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/, // 2026-03-10, 10/03/2026
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/, // email
  /^(https?:\/\/|www\.)/i, // URL
  /^\+?[\d\s().-]{6,}$/, // phone
  /^(true|false|yes|no|null)$/i,
  /^[[{]/, // JSON
];

function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  return VALUE_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Whether the first of the given rows holds column names: all of its non-empty cells are
 * distinct, none looks like a value (number, date, email, URL, phone, JSON), and at least half
 * of its cells are filled. The user can override the guess.
 * @param rows - the first records of the file, as cells.
 */
export function detectHeader(rows: string[][]): boolean {
  const first = rows[0];
  if (!first?.length) return false;
  const filled = first.map((cell) => cell.trim()).filter(Boolean);
  if (filled.length * 2 < first.length) return false;
  if (new Set(filled.map((cell) => cell.toLowerCase())).size !== filled.length) return false;
  return !filled.some(looksLikeValue);
}

/**
 * The column names of a file: the header's cells (blank ones named "Column N", repeated ones
 * suffixed " (2)", " (3)"…), or "Column 1" … "Column N" when the file has no header.
 * @param firstRow - the cells of the file's first record.
 */
export function columnNames(firstRow: string[], hasHeader: boolean): string[] {
  const seen = new Map<string, number>();
  return firstRow.map((cell, index) => {
    const base = (hasHeader && cell.trim()) || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
