"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { missingRatesNote } from "@/components/dashboard/missing-rates-note";
import { formatMoney } from "@/lib/money";
import { AXIS_TICK, compactMoney } from "./chart-style";

type Month = { key: string; label: string; projects: number; revenue: number };

/** Paid project revenue per month (minor units of `base`) as bars, with its table and CSV. */
export function ProjectRevenueChart({ months, base, missingRates, rangeLabel }: { months: Month[]; base: string; missingRates: string[]; rangeLabel: string }) {
  return (
    <ChartPanel
      title="Project revenue per month"
      testId="chart-project-revenue"
      rows={months}
      columns={[
        { key: "label", header: "Month" },
        { key: "projects", header: "Projects paid", kind: "number" },
        { key: "revenue", header: "Revenue", kind: "money", currency: base },
      ]}
      empty={months.every((m) => m.projects === 0)}
      emptyMessage={`No project was paid ${rangeLabel}.`}
      csvName="project-revenue-per-month"
      note={missingRatesNote(missingRates)}
    >
      <div role="img" aria-label={`Bar chart of paid project revenue per month in ${base}`} className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis tickFormatter={compactMoney(base)} tick={AXIS_TICK} width={64} />
            <Tooltip formatter={(value) => formatMoney(Number(value), base)} />
            <Bar dataKey="revenue" name="Revenue" fill="#16a34a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
