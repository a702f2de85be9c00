"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";

type Component = { key: string; label: string; value: number; weight: number; points: number };
type Row = { label: string; points: number; weight: number; value: number };
const COLUMNS: Array<ChartColumn<Row>> = [
  { key: "label", header: "Part" },
  { key: "value", header: "Achieved", kind: "percent" },
  { key: "points", header: "Points", kind: "number" },
  { key: "weight", header: "Out of", kind: "number" },
];

/**
 * The consistency score's breakdown (last 7 days): per part, the points earned against the points
 * it can give, as bars with a table view and CSV. `score` null means every day was paused.
 */
export function ConsistencyChart({ score, components, countedDays, explanation }: { score: number | null; components: Component[]; countedDays: number; explanation: string }) {
  const rows = components.map((c) => ({ label: c.label, points: Math.round(c.points * 10) / 10, weight: c.weight, value: c.value }));
  return (
    <ChartPanel
      title={score === null ? "Consistency (paused)" : `Consistency ${Math.round(score)}/100`}
      rows={rows}
      columns={COLUMNS}
      csvName="consistency"
      empty={score === null || countedDays === 0}
      emptyMessage="Every day of the last week was paused, so there is no consistency score."
      note={<span className="text-slate-500">{explanation}</span>}
      testId="consistency"
    >
      <div role="img" aria-label="Bar chart of the consistency score's parts: points earned against the points each part can give" className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={rows} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" interval={0} tick={{ fontSize: 12 }} width={120} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="points" name="Points" fill="#16a34a" isAnimationActive={false} />
            <Bar dataKey="weight" name="Out of" fill="#cbd5e1" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
