import { formatMoney } from "@/lib/money";

/**
 * Amounts in each currency on their own, unconverted ("In each currency: €1,200 · $300"), or null
 * when everything is in the base currency (the converted total says it all).
 * @param amounts - minor units of each currency.
 */
export function currencyBreakdown(amounts: Array<{ currency: string; total: number }>, base: string): string | null {
  if (amounts.every((a) => a.currency === base)) return null;
  return `In each currency: ${amounts.map((a) => formatMoney(a.total, a.currency)).join(" · ")}`;
}
