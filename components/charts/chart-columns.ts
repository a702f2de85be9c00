import { formatMoney } from "@/lib/money";

/**
 * A column of a chart's table view and CSV download. Plain data (no functions), so a server
 * component can pass it to ChartPanel. `money` values are minor units of `currency`: shown
 * formatted, written to the CSV in major units; `percent` values are fractions (0.25 → 25 %).
 */
export type ChartColumn<Row> = { key: Extract<keyof Row, string>; header: string; kind?: "text" | "number" | "money" | "percent"; currency?: string };

/** A cell as the table shows it. */
export function formatCell<Row>(column: ChartColumn<Row>, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "number") return String(value);
  if (column.kind === "money") return formatMoney(value, column.currency ?? "EUR");
  if (column.kind === "percent") return `${(value * 100).toLocaleString("en", { maximumFractionDigits: 1 })} %`;
  return value.toLocaleString("en");
}

/** A cell as the CSV holds it: raw numbers, money in major units with two decimals, percentages as fractions. */
export function csvCell<Row>(column: ChartColumn<Row>, value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (column.kind === "money" && typeof value === "number") return (value / 100).toFixed(2);
  return typeof value === "number" ? value : String(value);
}

/** The CSV header of a column: money columns name their currency ("Won value (EUR)"). */
export function csvHeader<Row>(column: ChartColumn<Row>): string {
  return column.kind === "money" && column.currency ? `${column.header} (${column.currency})` : column.header;
}
