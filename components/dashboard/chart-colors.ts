import type { ActivityType } from "@/lib/enums";

/** Colours of outreach channels in charts (Tailwind 500s), so a channel looks the same everywhere. */
export const ACTIVITY_TYPE_COLORS: Partial<Record<ActivityType, string>> = {
  EMAIL: "#0ea5e9",
  CALL: "#8b5cf6",
  MEETING: "#f59e0b",
  DM: "#ec4899",
  SMS: "#14b8a6",
  WHATSAPP: "#22c55e",
  IN_PERSON: "#f97316",
  NOTE: "#94a3b8",
};

/** Fallback colour for other activity types (slate 400). */
export const OTHER_COLOR = "#94a3b8";

/** Won, lost, and the three revenue streams of the forecast. */
export const CHART_COLORS = { won: "#16a34a", lost: "#dc2626", recurring: "#0ea5e9", weightedDeals: "#8b5cf6", scheduledProjects: "#f59e0b", value: "#94a3b8", weightedValue: "#0ea5e9" } as const;
