"use client";

import { useState } from "react";
import type { VariantStats } from "@/lib/campaigns/campaign-stats";
import { formatRate } from "@/lib/campaigns/format-rate";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const METRICS = [
  { key: "delivery", label: "Delivered" },
  { key: "open", label: "Opened" },
  { key: "click", label: "Clicked" },
  { key: "bounce", label: "Bounced" },
  { key: "complaint", label: "Complained" },
  { key: "unsubscribe", label: "Unsubscribed" },
] as const;

/** Bar colours of variants A–D (Tailwind sky, violet, amber and emerald 500). */
const COLORS = ["#0ea5e9", "#8b5cf6", "#f59e0b", "#10b981"];

/**
 * Height of the chart in px: a row per metric with a bar per variant, plus the axis and legend.
 * The metrics run down the side, so every label shows in full on a phone too (across the bottom,
 * recharts drops labels that do not fit).
 */
const chartHeight = (variantCount: number) => 72 + METRICS.length * (12 + 14 * variantCount);

/**
 * The rates per variant as a grouped bar chart (recharts; rates in per cent, 0–100), with a
 * toggle to a table of the same numbers for screen readers and exact values.
 */
export function CampaignStatsChart({ variants }: { variants: VariantStats[] }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <div className="space-y-3">
      <button type="button" className="text-sm text-sky-700 underline" onClick={() => setAsTable(!asTable)}>
        {asTable ? "Show as chart" : "Show as table"}
      </button>
      {asTable ? (
        <table className="w-full text-sm" aria-label="Rates by variant">
          <thead>
            <tr className="text-left text-slate-500">
              <th className="py-1">Rate</th>
              {variants.map((v) => (
                <th key={v.label}>Variant {v.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {METRICS.map((m) => (
              <tr key={m.key} className="border-t border-slate-100">
                <td className="py-1">{m.label}</td>
                {variants.map((v) => (
                  <td key={v.label} className="tabular-nums">
                    {formatRate(v.rates[m.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div role="img" aria-label="Bar chart of rates by variant" className="w-full" style={{ height: chartHeight(variants.length) }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} data={METRICS.map((m) => ({ metric: m.label, ...Object.fromEntries(variants.map((v) => [v.label, Math.round((v.rates[m.key] ?? 0) * 1000) / 10])) }))}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" unit="%" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="metric" interval={0} tick={{ fontSize: 12 }} width={96} />
              <Tooltip formatter={(value) => `${value} %`} />
              <Legend formatter={(label) => `Variant ${label}`} />
              {variants.map((v, i) => (
                <Bar key={v.label} dataKey={v.label} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}
