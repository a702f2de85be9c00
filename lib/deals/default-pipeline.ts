import type { StageKind } from "@/lib/enums";

/** A stage as the pipeline editor and the default pipelines describe it. */
export type StageTemplate = { name: string; probability: number; kind: StageKind; color: string; rottingDays: number | null };

export const DEAL_PIPELINE_NAME = "Sales";

/**
 * The stages of the default deal pipeline, created on first run (ensureDealPipeline). Win
 * probabilities follow the usual B2B service-sales ladder; rotting days are when the board flags
 * a deal that has not moved.
 */
export const DEFAULT_DEAL_STAGES: readonly StageTemplate[] = [
  { name: "Qualified", probability: 10, kind: "OPEN", color: "#0ea5e9", rottingDays: 14 },
  { name: "Meeting", probability: 25, kind: "OPEN", color: "#6366f1", rottingDays: 14 },
  { name: "Proposal", probability: 50, kind: "OPEN", color: "#f59e0b", rottingDays: 21 },
  { name: "Negotiation", probability: 75, kind: "OPEN", color: "#8b5cf6", rottingDays: 21 },
  { name: "Won", probability: 100, kind: "WON", color: "#16a34a", rottingDays: null },
  { name: "Lost", probability: 0, kind: "LOST", color: "#dc2626", rottingDays: null },
];

/** The stages a deal pipeline created in the pipeline editor starts with (the admin edits them from there). */
export const NEW_PIPELINE_STAGES: readonly StageTemplate[] = [
  { name: "New", probability: 10, kind: "OPEN", color: "#0ea5e9", rottingDays: null },
  { name: "In progress", probability: 50, kind: "OPEN", color: "#f59e0b", rottingDays: null },
  { name: "Won", probability: 100, kind: "WON", color: "#16a34a", rottingDays: null },
  { name: "Lost", probability: 0, kind: "LOST", color: "#dc2626", rottingDays: null },
];
