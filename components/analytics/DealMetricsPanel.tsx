"use client";

import { ChartPanel } from "@/components/charts/ChartPanel";
import { missingRatesNote } from "@/components/dashboard/missing-rates-note";
import type { DealMetrics } from "@/lib/analytics/deal-metrics";
import { formatMoney } from "@/lib/money";

/**
 * Win rate, average deal size, sales-cycle length and pipeline velocity as four figures, with the
 * same figures (and the counts behind them) in the table and CSV. Money in minor units of `base`.
 */
export function DealMetricsPanel({ metrics, base, rangeLabel }: { metrics: DealMetrics & { missingRates: string[] }; base: string; rangeLabel: string }) {
  const money = (v: number | null) => (v === null ? "—" : formatMoney(v, base));
  const figures = [
    { metric: "Win rate", value: metrics.winRate === null ? "—" : `${Math.round(metrics.winRate * 100)} %`, detail: `${metrics.won} won, ${metrics.lost} lost` },
    { metric: "Average deal size", value: money(metrics.averageDealSize), detail: "Won deals" },
    { metric: "Sales cycle", value: metrics.salesCycleDays === null ? "—" : `${metrics.salesCycleDays.toFixed(1)} days`, detail: "Created to won" },
    { metric: "Pipeline velocity", value: metrics.pipelineVelocity === null ? "—" : `${money(metrics.pipelineVelocity)} / day`, detail: `${metrics.open} open deals` },
  ];
  return (
    <ChartPanel
      title="Deal metrics"
      testId="chart-deal-metrics"
      rows={figures}
      columns={[
        { key: "metric", header: "Metric" },
        { key: "value", header: "Value" },
        { key: "detail", header: "Based on" },
      ]}
      empty={metrics.won + metrics.lost === 0}
      emptyMessage={`No deal was won or lost ${rangeLabel}, so there is no win rate, deal size or cycle yet.`}
      csvName="deal-metrics"
      note={missingRatesNote(metrics.missingRates)}
    >
      <dl className="grid grid-cols-2 gap-4" aria-label="Deal metrics">
        {figures.map((f) => (
          <div key={f.metric}>
            <dt className="text-xs text-slate-500">{f.metric}</dt>
            <dd className="mt-0.5 text-xl font-semibold text-slate-900 tabular-nums">{f.value}</dd>
            <dd className="text-xs text-slate-500">{f.detail}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">Velocity = open deals × win rate × average deal size ÷ sales-cycle days.</p>
    </ChartPanel>
  );
}
