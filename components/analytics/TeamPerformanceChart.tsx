"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { missingRatesNote } from "@/components/dashboard/missing-rates-note";
import { formatMoney } from "@/lib/money";
import { AXIS_TICK, compactMoney } from "./chart-style";

type Member = { userId: string; name: string; outreach: number; replies: number; dealsWon: number; revenue: number };

/** Revenue per user as bars; outreach, replies, deals won and revenue (minor units of `base`) in the table and CSV. */
export function TeamPerformanceChart({ members, base, missingRates, rangeLabel }: { members: Member[]; base: string; missingRates: string[]; rangeLabel: string }) {
  return (
    <ChartPanel
      title="Team performance"
      testId="chart-team"
      rows={members}
      columns={[
        { key: "name", header: "User" },
        { key: "outreach", header: "Outreach", kind: "number" },
        { key: "replies", header: "Replies", kind: "number" },
        { key: "dealsWon", header: "Deals won", kind: "number" },
        { key: "revenue", header: "Revenue", kind: "money", currency: base },
      ]}
      emptyMessage={`Nobody logged outreach, got a reply, won a deal or was paid for a project ${rangeLabel}.`}
      csvName="team-performance"
      note={missingRatesNote(missingRates)}
    >
      <div role="img" aria-label={`Bar chart of revenue per user in ${base} (won deals and paid projects)`} style={{ height: 48 + members.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={members} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={compactMoney(base)} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="name" interval={0} tick={AXIS_TICK} width={120} />
            <Tooltip formatter={(value) => formatMoney(Number(value), base)} />
            <Bar dataKey="revenue" name="Revenue" fill="#16a34a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
