"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";
import { missingRatesNote } from "./missing-rates-note";
import { CHART_COLORS } from "./chart-colors";

type Week = { weekStart: string; label: string; won: number; lost: number; wonValue: number; missingRates: string[] };

/** Deals won and lost per week as grouped bars, with a table view (also the won value) and CSV. */
export function DealsClosedByWeekChart({ weeks, base, emptyMessage }: { weeks: Week[]; base: string; emptyMessage: string }) {
  const columns: Array<ChartColumn<Week>> = [
    { key: "weekStart", header: "Week of" },
    { key: "won", header: "Won", kind: "number" },
    { key: "lost", header: "Lost", kind: "number" },
    { key: "wonValue", header: "Won value", kind: "money", currency: base },
  ];
  const missing = [...new Set(weeks.flatMap((w) => w.missingRates))].sort();
  return (
    <ChartPanel
      title={`Deals closed per week (${weeks.length} weeks)`}
      rows={weeks}
      columns={columns}
      csvName="deals-closed-per-week"
      empty={weeks.every((w) => w.won + w.lost === 0)}
      emptyMessage={emptyMessage}
      note={missingRatesNote(missing)}
      testId="widget-deals-closed-by-week"
    >
      <div role="img" aria-label={`Bar chart of deals won and lost per week over ${weeks.length} weeks`} className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={weeks} margin={{ top: 4, right: 8, bottom: 4, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="won" name="Won" fill={CHART_COLORS.won} isAnimationActive={false} />
            <Bar dataKey="lost" name="Lost" fill={CHART_COLORS.lost} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
