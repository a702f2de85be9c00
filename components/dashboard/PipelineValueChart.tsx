"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPanel, type ChartColumn } from "@/components/charts/ChartPanel";
import { formatMoney } from "@/lib/money";
import { CHART_COLORS } from "./chart-colors";
import { missingRatesNote } from "./missing-rates-note";

type Row = { pipelineId: string; name: string; count: number; value: number; weightedValue: number };

/** Open deals' value and weighted value per deal pipeline (minor units of `base`), as grouped bars with a table view and CSV. */
export function PipelineValueChart({ pipelines, base, missingRates, emptyMessage }: { pipelines: Row[]; base: string; missingRates: string[]; emptyMessage: string }) {
  const columns: Array<ChartColumn<Row>> = [
    { key: "name", header: "Pipeline" },
    { key: "count", header: "Open deals", kind: "number" },
    { key: "value", header: "Value", kind: "money", currency: base },
    { key: "weightedValue", header: "Weighted value", kind: "money", currency: base },
  ];
  const money = (value: unknown) => formatMoney(Number(value), base);
  return (
    <ChartPanel
      title="Pipeline value (open deals)"
      rows={pipelines}
      columns={columns}
      csvName="pipeline-value"
      empty={pipelines.every((p) => p.count === 0)}
      emptyMessage={emptyMessage}
      note={missingRatesNote(missingRates)}
      testId="widget-pipeline-value"
    >
      <div role="img" aria-label="Bar chart of open deals' value and weighted value per pipeline" style={{ height: 56 + pipelines.length * 48 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={pipelines} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={money} />
            <YAxis type="category" dataKey="name" interval={0} tick={{ fontSize: 12 }} width={120} />
            <Tooltip formatter={money} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="value" name="Value" fill={CHART_COLORS.value} isAnimationActive={false} />
            <Bar dataKey="weightedValue" name="Weighted value" fill={CHART_COLORS.weightedValue} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartPanel>
  );
}
