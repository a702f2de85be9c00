/**
 * Money is kept as integer minor units (cents) with an ISO 4217 currency code.
 */

/** Major units as typed in a form (12.5) → minor units (1250), rounded half away from zero. */
export function toMinorUnits(major: number): number {
  return Math.sign(major) * Math.round(Math.abs(major) * 100);
}

/** Minor units (1250) → major units (12.5). */
export function toMajorUnits(minor: number): number {
  return minor / 100;
}

/** Formats minor units for display: formatMoney(125000, "EUR") → "€1,250". */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    maximumFractionDigits: minor % 100 === 0 ? 0 : 2,
  }).format(minor / 100);
}
