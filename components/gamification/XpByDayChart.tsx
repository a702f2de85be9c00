"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";

type Row = { day: string; label: string; xp: number };
const COLUMNS: Array<ChartColumn<Row>> = [
  { key: "day", header: "Day" },
  { key: "xp", header: "XP", kind: "number" },
];

/** XP earned per local day over the last days (oldest first), as bars with a table view and CSV. */
export function XpByDayChart({ days, total }: { days: Row[]; total: number }) {
  return (
    <ChartPanel
      title={`XP this week (${total.toLocaleString("en")} XP)`}
      rows={days}
      columns={COLUMNS}
      csvName="xp-this-week"
      empty={days.every((d) => d.xp === 0)}
      emptyMessage="No XP earned in the last 7 days yet. Log outreach or complete a task to earn some."
      testId="xp-this-week"
    >
      <div role="img" aria-label={`Bar chart of XP earned per day over the last ${days.length} days`} className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 4, right: 8, bottom: 4, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="xp" name="XP" fill="#7c3aed" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
