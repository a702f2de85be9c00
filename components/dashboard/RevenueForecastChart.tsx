"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";
import { formatMoney } from "@/lib/money";
import { CHART_COLORS } from "./chart-colors";
import { missingRatesNote } from "./missing-rates-note";

type Month = { key: string; label: string; recurring: number; weightedDeals: number; scheduledProjects: number; total: number };

const STREAMS = [
  { key: "recurring", name: "Recurring (MRR)" },
  { key: "weightedDeals", name: "Weighted open deals" },
  { key: "scheduledProjects", name: "Scheduled projects" },
] as const;

/**
 * The revenue forecast (minor units of `base`): bars stacked by stream per month, and under them
 * the totals per month; the table view has every stream.
 */
export function RevenueForecastChart({ months, base, missingRates, emptyMessage }: { months: Month[]; base: string; missingRates: string[]; emptyMessage: string }) {
  const columns: Array<ChartColumn<Month>> = [
    { key: "label", header: "Month" },
    ...STREAMS.map((s) => ({ key: s.key, header: s.name, kind: "money" as const, currency: base })),
    { key: "total", header: "Total", kind: "money", currency: base },
  ];
  const money = (value: unknown) => formatMoney(Number(value), base);
  return (
    <ChartPanel
      title="Revenue forecast (3 months)"
      rows={months}
      columns={columns}
      csvName="revenue-forecast"
      empty={months.every((m) => m.total === 0)}
      emptyMessage={emptyMessage}
      note={missingRatesNote(missingRates)}
      testId="widget-revenue-forecast"
    >
      <div role="img" aria-label="Stacked bar chart of forecast revenue per month: recurring, weighted open deals and scheduled projects" className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={months} margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 11 }} tickFormatter={money} width={72} />
            <Tooltip formatter={money} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {STREAMS.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="forecast" fill={CHART_COLORS[s.key]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-sm">
        {months.map((m) => (
          <div key={m.key}>
            <dt className="text-xs text-slate-500">{m.label}</dt>
            <dd className="font-semibold tabular-nums">{money(m.total)}</dd>
          </div>
        ))}
      </dl>
    </ChartPanel>
  );
}
