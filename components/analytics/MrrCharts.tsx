"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { currencyBreakdown } from "@/components/dashboard/currency-breakdown";
import { missingRatesNote } from "@/components/dashboard/missing-rates-note";
import { formatMoney } from "@/lib/money";
import type { MrrMonth } from "@/lib/revenue/mrr";
import { AXIS_TICK, compactMoney } from "./chart-style";

const MOVEMENTS = [
  { key: "new", label: "New", color: "#16a34a" },
  { key: "expansion", label: "Expansion", color: "#0ea5e9" },
  { key: "reactivation", label: "Reactivation", color: "#8b5cf6" },
  { key: "contraction", label: "Contraction", color: "#f59e0b" },
  { key: "churn", label: "Churn", color: "#dc2626" },
] as const;

/**
 * MRR growth (hosting, SaaS and total MRR at each month's end, lines) and MRR movements (new,
 * expansion and reactivation as gains above zero; contraction and churn as losses below it), in
 * minor units of `base`.
 */
export function MrrCharts({ series, base, missingRates, byCurrency }: { series: MrrMonth[]; base: string; missingRates: string[]; byCurrency: Array<{ currency: string; total: number }> }) {
  const growth = series.map((m) => ({ label: m.label, hosting: m.byKind.HOSTING, saas: m.byKind.SAAS, total: m.end }));
  const movements = series.map((m) => ({
    label: m.label,
    new: m.movements.new,
    expansion: m.movements.expansion,
    reactivation: m.movements.reactivation,
    contraction: -m.movements.contraction,
    churn: -m.movements.churn,
  }));
  const money = (value: unknown) => formatMoney(Number(value), base);
  const note = missingRatesNote(missingRates);
  const currencies = currencyBreakdown(byCurrency, base);
  return (
    <>
      <ChartPanel
        title="MRR growth"
        testId="chart-mrr-growth"
        rows={growth}
        columns={[
          { key: "label", header: "Month" },
          { key: "hosting", header: "Hosting", kind: "money", currency: base },
          { key: "saas", header: "SaaS", kind: "money", currency: base },
          { key: "total", header: "Total MRR", kind: "money", currency: base },
        ]}
        empty={growth.every((m) => m.total === 0)}
        emptyMessage="No recurring revenue in these months: add hosting or SaaS lines on a client."
        csvName="mrr-growth"
        note={
          currencies || note ? (
            <>
              {currencies ? <p className="text-slate-600">{currencies} (MRR now, unconverted).</p> : null}
              {note}
            </>
          ) : null
        }
      >
        <div role="img" aria-label={`Line chart of hosting, SaaS and total MRR per month in ${base}`} className="h-64">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={growth} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS_TICK} />
              <YAxis tickFormatter={compactMoney(base)} tick={AXIS_TICK} width={64} />
              <Tooltip formatter={money} />
              <Legend />
              <Line dataKey="total" name="Total" stroke="#0f172a" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
              <Line dataKey="hosting" name="Hosting" stroke="#0ea5e9" dot={false} isAnimationActive={false} />
              <Line dataKey="saas" name="SaaS" stroke="#8b5cf6" dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </ChartPanel>
      <ChartPanel
        title="MRR movements"
        testId="chart-mrr-movements"
        rows={movements}
        columns={[{ key: "label", header: "Month" }, ...MOVEMENTS.map((m) => ({ key: m.key, header: m.label, kind: "money" as const, currency: base }))]}
        empty={series.every((m) => Object.values(m.movements).every((v) => v === 0))}
        emptyMessage="No MRR changed in these months: no recurring line started, changed or ended."
        csvName="mrr-movements"
        note={note}
      >
        <div role="img" aria-label={`Bar chart of MRR movements per month in ${base}: gains above zero, losses below`} className="h-64">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={movements} stackOffset="sign" margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS_TICK} />
              <YAxis tickFormatter={compactMoney(base)} tick={AXIS_TICK} width={64} />
              <Tooltip formatter={money} />
              <Legend />
              <ReferenceLine y={0} stroke="#94a3b8" />
              {MOVEMENTS.map((m) => (
                <Bar key={m.key} dataKey={m.key} name={m.label} stackId="movements" fill={m.color} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ChartPanel>
    </>
  );
}
