import type { LeadImportFieldKind } from "./lead-fields";

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "on", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "off"]);

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/**
 * Reads a number written as in spreadsheets and scraper output: "4.400000", "4,5", "1,056",
 * "1.200,50", "€1,200.50", "1 200". A lone "," followed by exactly three digits is a thousands
 * separator ("1,056" → 1056), otherwise a decimal mark ("4,5" → 4.5).
 * @returns null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f'€$£]/g, "");
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) t = comma > dot ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  else if (comma >= 0) t = /^[-+]?\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, "") : t.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

function choice(text: string): string {
  return text.trim().toUpperCase().replace(/[\s-]+/g, "_");
}

function list(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Converts a non-empty cell to the lead input value of a field of the given kind (see
 * LeadImportFieldKind). Text that cannot be converted is returned unchanged so the lead schema
 * rejects it with its own message ("Must be a number").
 */
export function cellValue(kind: LeadImportFieldKind, text: string): unknown {
  switch (kind) {
    case "text":
      return text;
    case "choice":
      return choice(text);
    case "number":
    case "integer":
      return parseNumber(text) ?? text;
    case "boolean": {
      const word = text.toLowerCase();
      return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : text;
    }
    case "list":
      return list(text);
    case "choiceList":
      return list(text).map(choice);
    case "country": {
      const name = /^[a-z]{2}$/i.test(text) ? regionNames.of(text.toUpperCase()) : undefined;
      return name && name !== "Unknown Region" ? name : text;
    }
  }
}
