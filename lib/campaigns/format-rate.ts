/** A rate (0–1, or null when nothing to divide by) as "12.5%" or "—". */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;
}
