"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";
import { activityTypeLabel } from "@/lib/activities/activity-types";
import type { ActivityType } from "@/lib/enums";
import { ACTIVITY_TYPE_COLORS, OTHER_COLOR } from "./chart-colors";

type Week = { weekStart: string; label: string; total: number; byType: Record<string, number> };

/** Outbound activities per week as bars stacked by channel, with a table view (a column per channel) and CSV. */
export function OutreachByWeekChart({ weeks, emptyMessage }: { weeks: Week[]; emptyMessage: string }) {
  const types = [...new Set(weeks.flatMap((w) => Object.keys(w.byType)))].sort();
  const rows = weeks.map((w) => ({ week: w.weekStart, label: w.label, total: w.total, ...Object.fromEntries(types.map((t) => [t, w.byType[t] ?? 0])) }));
  const columns = [
    { key: "week", header: "Week of" },
    ...types.map((t) => ({ key: t, header: activityTypeLabel(t as ActivityType), kind: "number" as const })),
    { key: "total", header: "Total", kind: "number" as const },
  ] as Array<ChartColumn<(typeof rows)[number]>>;
  return (
    <ChartPanel
      title={`Outreach per week (${weeks.length} weeks)`}
      rows={rows}
      columns={columns}
      csvName="outreach-per-week"
      empty={weeks.every((w) => w.total === 0)}
      emptyMessage={emptyMessage}
      testId="widget-outreach-by-week"
    >
      <div role="img" aria-label={`Stacked bar chart of outbound activities per week over ${weeks.length} weeks, by channel`} className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {types.map((t) => (
              <Bar key={t} dataKey={t} name={activityTypeLabel(t as ActivityType)} stackId="outreach" fill={ACTIVITY_TYPE_COLORS[t as ActivityType] ?? OTHER_COLOR} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
