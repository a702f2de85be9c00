import type { StageKind } from "@/lib/enums";

export const LEAD_PIPELINE_NAME = "Leads";

/** The stages of the default lead pipeline, which are the lead statuses. */
export const DEFAULT_LEAD_STAGES: ReadonlyArray<{
  name: string;
  probability: number;
  kind: StageKind;
  color: string;
}> = [
  { name: "New", probability: 5, kind: "OPEN", color: "#64748b" },
  { name: "Contacted", probability: 10, kind: "OPEN", color: "#0ea5e9" },
  { name: "Replied", probability: 20, kind: "OPEN", color: "#6366f1" },
  { name: "Qualified", probability: 40, kind: "OPEN", color: "#8b5cf6" },
  { name: "Proposal Sent", probability: 60, kind: "OPEN", color: "#f59e0b" },
  { name: "Won", probability: 100, kind: "WON", color: "#16a34a" },
  { name: "Lost", probability: 0, kind: "LOST", color: "#dc2626" },
];
