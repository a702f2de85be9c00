/**
 * Misspellings in the Maven dataset (listed in shared/data/README.md: the sector "technolgy"
 * and the office location "Philipines"), corrected on import.
 */
const CORRECTIONS: Readonly<Record<string, string>> = { technolgy: "technology", philipines: "Philippines" };

function corrected(text: string): string {
  return Object.hasOwn(CORRECTIONS, text.toLowerCase()) ? CORRECTIONS[text.toLowerCase()] : text;
}

/** A company's industry from an account's `sector` ("technolgy" → "Technology"); null stays null. */
export function mavenIndustry(sector: string | null): string | null {
  if (!sector) return null;
  const text = corrected(sector);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A company's country from an account's `office_location` ("Philipines" → "Philippines"). */
export function mavenCountry(officeLocation: string | null): string | null {
  return officeLocation ? corrected(officeLocation) : null;
}

/**
 * The key products are matched on: letters and digits, lower-cased. The pipeline writes
 * "GTXPro" where products.csv has "GTX Pro"; both give "gtxpro".
 */
export function mavenProductKey(product: string): string {
  return product.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The key companies and agents are matched on: the name trimmed and lower-cased. */
export function mavenNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The text of the note kept on a company for the account columns the Company record has no
 * field for: year established and annual revenue (millions of USD, per the data dictionary).
 * Null when the account has neither.
 */
export function mavenAccountNote(account: { year_established: number | null; revenue: number | null }): string | null {
  const parts = [
    account.year_established !== null ? `established in ${account.year_established}` : null,
    account.revenue !== null ? `annual revenue ${account.revenue.toLocaleString("en", { maximumFractionDigits: 2 })} million USD` : null,
  ].filter(Boolean);
  return parts.length ? `From the Maven CRM dataset: ${parts.join("; ")}.` : null;
}
