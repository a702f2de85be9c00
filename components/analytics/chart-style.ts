import type { ActivityType } from "@/lib/enums";

/** Colours of outreach channels (Tailwind 500s), so a channel looks the same in every chart. */
export const CHANNEL_COLORS: Partial<Record<ActivityType, string>> = {
  EMAIL: "#0ea5e9",
  CALL: "#8b5cf6",
  MEETING: "#14b8a6",
  DM: "#f59e0b",
  SMS: "#ec4899",
  WHATSAPP: "#22c55e",
  IN_PERSON: "#f97316",
  OTHER: "#64748b",
};

/** Axis ticks and the chart frame: small slate labels that stay readable. */
export const AXIS_TICK = { fontSize: 12, fill: "#475569" } as const;

/** An axis label for money in minor units: compact major units ("€1.2K"). */
export function compactMoney(currency: string): (minor: number) => string {
  const format = new Intl.NumberFormat("en", { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  return (minor) => format.format(minor / 100);
}
