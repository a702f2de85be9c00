import type { StageKind } from "@/lib/enums";

/** The deal pipeline the Maven opportunities go to (created by the import when missing). */
export const MAVEN_PIPELINE_NAME = "Maven";

/** The dataset's amounts are US dollars (its data dictionary: revenue "in millions of USD"). */
export const MAVEN_CURRENCY = "USD";

/**
 * The pipeline's stages, named as the dataset's `deal_stage` values ("Prospecting > Engaging >
 * Won / Lost" in its data dictionary). Probabilities are our defaults, editable afterwards.
 */
export const MAVEN_STAGES: ReadonlyArray<{ name: MavenStageName; kind: StageKind; probability: number; color: string }> = [
  { name: "Prospecting", kind: "OPEN", probability: 10, color: "#64748b" },
  { name: "Engaging", kind: "OPEN", probability: 40, color: "#6366f1" },
  { name: "Won", kind: "WON", probability: 100, color: "#16a34a" },
  { name: "Lost", kind: "LOST", probability: 0, color: "#dc2626" },
];

export const MAVEN_STAGE_NAMES = ["Prospecting", "Engaging", "Won", "Lost"] as const;
export type MavenStageName = (typeof MAVEN_STAGE_NAMES)[number];

/** Whether deals in this stage are closed (Won or Lost): they carry a close date and value. */
export function isClosedMavenStage(stage: MavenStageName): boolean {
  return stage === "Won" || stage === "Lost";
}
