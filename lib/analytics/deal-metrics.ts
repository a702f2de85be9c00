/** A won deal as the deal metrics need it: its value in base-currency minor units (null: no exchange rate) and its dates (UTC). */
export type WonDeal = { baseValue: number | null; createdAt: Date; closedAt: Date };

/**
 * Deal metrics over a range. Money in minor units of the base currency; rates are fractions 0–1.
 * Each figure is null when it cannot be computed (nothing closed, nothing won).
 */
export type DealMetrics = {
  won: number;
  lost: number;
  /** Deals in an OPEN stage now. */
  open: number;
  /** won ÷ (won + lost), of the deals closed in the range. */
  winRate: number | null;
  /** Mean value of the won deals that have a rate, rounded to a minor unit. */
  averageDealSize: number | null;
  /**
   * Mean days from createdAt to closedAt of the won deals whose close is not before their creation
   * (a deal imported with its history — e.g. Maven's — can be recorded after it closed: it has no
   * measurable cycle and is left out).
   */
  salesCycleDays: number | null;
  /** (open × winRate × averageDealSize) ÷ salesCycleDays: expected revenue per day, rounded. */
  pipelineVelocity: number | null;
};

const DAY_MS = 86_400_000;

/**
 * Win rate, average deal size, sales-cycle length and pipeline velocity from the deals closed in a
 * range and the deals open now. Pipeline (sales) velocity is the standard formula
 * (number of opportunities × win rate × average deal size) ÷ sales-cycle length in days, e.g. as
 * HubSpot and Salesforce define "sales velocity": how much revenue the open pipeline is expected
 * to bring per day. A cycle of 0 days (created and won the same instant) counts as a fraction of
 * a day; all-zero cycles give no velocity.
 * @param won - the won deals closed in the range; `baseValue` null leaves a deal out of the average.
 */
export function dealMetrics({ won, lost, open }: { won: readonly WonDeal[]; lost: number; open: number }): DealMetrics {
  const closed = won.length + lost;
  const winRate = closed ? won.length / closed : null;
  const values = won.map((d) => d.baseValue).filter((v): v is number => v !== null);
  const averageDealSize = values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
  const cycles = won.map((d) => (d.closedAt.getTime() - d.createdAt.getTime()) / DAY_MS).filter((days) => days >= 0);
  const salesCycleDays = cycles.length ? cycles.reduce((a, b) => a + b, 0) / cycles.length : null;
  const pipelineVelocity =
    winRate !== null && averageDealSize !== null && salesCycleDays ? Math.round((open * winRate * averageDealSize) / salesCycleDays) : null;
  return { won: won.length, lost, open, winRate, averageDealSize, salesCycleDays, pipelineVelocity };
}
