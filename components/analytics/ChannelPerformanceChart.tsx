"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { activityTypeLabel } from "@/lib/activities/activity-types";
import type { ActivityType } from "@/lib/enums";
import { AXIS_TICK } from "./chart-style";

type Channel = { type: ActivityType; touches: number; leadsTouched: number; replied: number; converted: number; replyRate: number | null; conversionRate: number | null };

/** Reply rate and conversion rate per outreach channel (per cent bars), with touches and leads in the table and CSV. */
export function ChannelPerformanceChart({ channels, rangeLabel }: { channels: Channel[]; rangeLabel: string }) {
  const rows = channels.map((c) => ({ channel: activityTypeLabel(c.type), ...c }));
  const chart = rows.map((r) => ({ channel: r.channel, reply: Math.round((r.replyRate ?? 0) * 1000) / 10, conversion: Math.round((r.conversionRate ?? 0) * 1000) / 10 }));
  return (
    <ChartPanel
      title="Channel performance"
      testId="chart-channels"
      rows={rows}
      columns={[
        { key: "channel", header: "Channel" },
        { key: "touches", header: "Touches", kind: "number" },
        { key: "leadsTouched", header: "Leads touched", kind: "number" },
        { key: "replied", header: "Replied", kind: "number" },
        { key: "replyRate", header: "Reply rate", kind: "percent" },
        { key: "converted", header: "Converted", kind: "number" },
        { key: "conversionRate", header: "Conversion", kind: "percent" },
      ]}
      emptyMessage={`No outbound activity was logged ${rangeLabel}.`}
      csvName="channel-performance"
    >
      <div role="img" aria-label="Bar chart of reply rate and conversion rate per channel, in per cent" className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={chart} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="channel" interval={0} tick={AXIS_TICK} />
            <YAxis unit="%" domain={[0, 100]} tick={AXIS_TICK} width={48} />
            <Tooltip formatter={(value) => `${value} %`} />
            <Legend />
            <Bar dataKey="reply" name="Reply rate" fill="#6366f1" isAnimationActive={false} />
            <Bar dataKey="conversion" name="Conversion" fill="#16a34a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
