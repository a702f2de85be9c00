"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { AXIS_TICK } from "./chart-style";

type Week = { weekStart: string; label: string; won: number; lost: number; wonValue: number };

/** Deals closed per week, won and lost side by side, with the won value in the table and CSV (minor units of `base`). */
export function DealsClosedChart({ weeks, base, rangeLabel }: { weeks: Week[]; base: string; rangeLabel: string }) {
  return (
    <ChartPanel
      title="Deals closed per week"
      testId="chart-deals-closed"
      rows={weeks}
      columns={[
        { key: "weekStart", header: "Week of" },
        { key: "won", header: "Won", kind: "number" },
        { key: "lost", header: "Lost", kind: "number" },
        { key: "wonValue", header: "Won value", kind: "money", currency: base },
      ]}
      empty={weeks.every((w) => w.won + w.lost === 0)}
      emptyMessage={`No deal was won or lost ${rangeLabel}.`}
      csvName="deals-closed-per-week"
    >
      <div role="img" aria-label="Bar chart of deals won and lost per week" className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
            <Tooltip />
            <Legend />
            <Bar dataKey="won" name="Won" fill="#16a34a" isAnimationActive={false} />
            <Bar dataKey="lost" name="Lost" fill="#dc2626" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
