import { z } from "zod";
import { STAGE_KINDS, type StageKind } from "@/lib/enums";
import { optionalId, recordIdSchema, requiredText } from "./common";

/** Most stages a pipeline may have (a board wider than this is no longer usable). */
export const MAX_STAGES = 30;

/** A pipeline's name, as typed in the pipeline editor. */
export const pipelineInputSchema = z.object({
  name: requiredText(80, "Pipeline name"),
});
export type PipelineInput = z.input<typeof pipelineInputSchema>;

/**
 * A stage as edited in the pipeline editor.
 * - `probability`: default win probability in percent, a whole number 0–100.
 * - `color`: "#rrggbb" (stored lower-cased).
 * - `rottingDays`: days a card may sit in the stage before the board flags it; null = never.
 */
export const stageInputSchema = z.object({
  name: requiredText(60, "Stage name"),
  color: z
    .string({ error: "Use a colour like #16a34a" })
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: "Use a colour like #16a34a" })
    .transform((v) => v.toLowerCase()),
  probability: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(0, { error: "Between 0 and 100" })
    .max(100, { error: "Between 0 and 100" }),
  kind: z.enum(STAGE_KINDS, { error: "Choose open, won or lost" }),
  rottingDays: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(1, { error: "At least 1 day" })
    .max(3650, { error: "At most 3650 days" })
    .nullish()
    .transform((v) => v ?? null),
});
export type StageInput = z.input<typeof stageInputSchema>;
export type StageData = z.output<typeof stageInputSchema>;

/** The new order of a pipeline's stages: every one of its stage ids, first column first. */
export const stageOrderSchema = z.object({
  stageIds: z.array(recordIdSchema, { error: "Must be a list of stages" }).min(1).max(MAX_STAGES),
});
export type StageOrderInput = z.input<typeof stageOrderSchema>;

/** Removing a stage; its deals (or leads) move to `targetStageId` first, which it needs when it has any. */
export const removeStageSchema = z.object({
  targetStageId: optionalId,
});
export type RemoveStageInput = z.input<typeof removeStageSchema>;

/**
 * Why a pipeline's stage list is not allowed, or null when it is: every pipeline keeps an open
 * stage (new deals and leads start in one), and the lead pipeline keeps a won stage (converting a
 * lead moves it there) and a lost stage (the lead statuses offer one).
 */
export function pipelineRuleViolation(pipelineKind: "LEAD" | "DEAL", kinds: readonly StageKind[]): string | null {
  if (!kinds.includes("OPEN")) return "A pipeline needs at least one open stage";
  if (pipelineKind === "LEAD" && !kinds.includes("WON")) return "The lead pipeline needs a won stage (converting a lead moves it there)";
  if (pipelineKind === "LEAD" && !kinds.includes("LOST")) return "The lead pipeline needs a lost stage";
  return null;
}
