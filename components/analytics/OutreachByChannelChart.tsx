"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";
import { TOUCH_TYPES, activityTypeLabel } from "@/lib/activities/activity-types";
import { AXIS_TICK, CHANNEL_COLORS } from "./chart-style";

type Week = { weekStart: string; label: string; total: number; byType: Record<string, number> };
type Row = Record<string, string | number>;

/** Outbound activities per week (Monday start), stacked by channel, with the table and CSV. */
export function OutreachByChannelChart({ weeks, rangeLabel }: { weeks: Week[]; rangeLabel: string }) {
  const channels = TOUCH_TYPES.filter((t) => weeks.some((w) => w.byType[t]));
  const rows: Row[] = weeks.map((w) => ({ week: w.weekStart, label: w.label, ...Object.fromEntries(channels.map((c) => [c, w.byType[c] ?? 0])), total: w.total }));
  const columns: Array<ChartColumn<Row>> = [
    { key: "week", header: "Week of" },
    ...channels.map((c) => ({ key: c, header: activityTypeLabel(c), kind: "number" as const })),
    { key: "total", header: "Total", kind: "number" },
  ];
  return (
    <ChartPanel
      title="Outreach per week by channel"
      testId="chart-outreach"
      rows={rows}
      columns={columns}
      empty={weeks.every((w) => w.total === 0)}
      emptyMessage={`No outbound activity was logged ${rangeLabel}.`}
      csvName="outreach-per-week"
    >
      <div role="img" aria-label="Stacked bar chart of outbound activities per week by channel" className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
            <Tooltip />
            <Legend />
            {channels.map((c) => (
              <Bar key={c} dataKey={c} name={activityTypeLabel(c)} stackId="outreach" fill={CHANNEL_COLORS[c]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
