"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { FunnelStep } from "@/lib/analytics/funnel";
import { AXIS_TICK } from "./chart-style";

const percent = (rate: number | null) => (rate === null ? "" : `${Math.round(rate * 100)} %`);

/** The conversion funnel: leads per status reached, as horizontal bars labelled with the share of the first step. */
export function ConversionFunnelChart({ steps, rangeLabel }: { steps: FunnelStep[]; rangeLabel: string }) {
  const rows = steps.map((s) => ({ ...s, label: `${s.count} (${percent(s.fromFirst)})` }));
  return (
    <ChartPanel
      title="Conversion funnel"
      testId="chart-funnel"
      rows={rows}
      columns={[
        { key: "name", header: "Status reached" },
        { key: "count", header: "Leads", kind: "number" },
        { key: "fromPrevious", header: "Of previous step", kind: "percent" },
        { key: "fromFirst", header: "Of first step", kind: "percent" },
      ]}
      empty={!steps.length || steps[0].count === 0}
      emptyMessage={`No lead was created ${rangeLabel}, so there is no funnel to follow.`}
      csvName="conversion-funnel"
    >
      <div role="img" aria-label="Funnel of leads per status reached" style={{ height: 40 + steps.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="name" interval={0} tick={AXIS_TICK} width={110} />
            <Tooltip />
            <Bar dataKey="count" name="Leads" fill="#6366f1" isAnimationActive={false}>
              <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: "#334155" }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
