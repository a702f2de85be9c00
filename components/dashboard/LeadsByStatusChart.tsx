"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";

type Row = { name: string; count: number; color: string };
const COLUMNS: Array<ChartColumn<Row>> = [
  { key: "name", header: "Status" },
  { key: "count", header: "Open leads", kind: "number" },
];

/** Open leads per status as horizontal bars in each status's colour, in pipeline order, with a table view and CSV. */
export function LeadsByStatusChart({ statuses, emptyMessage, testId }: { statuses: Row[]; emptyMessage: string; testId: string }) {
  return (
    <ChartPanel title="Leads by status" rows={statuses} columns={COLUMNS} csvName="leads-by-status" empty={statuses.every((r) => r.count === 0)} emptyMessage={emptyMessage} testId={testId}>
      <div role="img" aria-label="Bar chart of open leads by status" style={{ height: 40 + statuses.length * 30 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={statuses} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" interval={0} tick={{ fontSize: 12 }} width={104} />
            <Tooltip />
            <Bar dataKey="count" name="Open leads" isAnimationActive={false}>
              {statuses.map((r) => (
                <Cell key={r.name} fill={r.color} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
