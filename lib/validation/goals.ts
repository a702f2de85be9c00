import { z } from "zod";
import { GOAL_KINDS, GOAL_MAX_TARGET } from "@/lib/gamification/goals";

/** One of the four goals. */
export const goalKindSchema = z.enum(GOAL_KINDS, { error: "Unknown goal" });

/**
 * A manual goal target ("Keep manual"): a whole number from 1 up to the goal's maximum — outreach
 * and deals are counts, revenue is minor units of the base currency (the form converts from major units).
 */
export const goalTargetInputSchema = z
  .object({
    kind: goalKindSchema,
    target: z.number({ error: "Target must be a number" }).int({ error: "Target must be a whole number" }).min(1, { error: "Target must be at least 1" }),
  })
  .superRefine((value, ctx) => {
    const max = GOAL_MAX_TARGET[value.kind];
    if (value.target > max) ctx.addIssue({ code: "custom", path: ["target"], message: `Target must be at most ${max.toLocaleString("en")}` });
  });
export type GoalTargetInput = z.input<typeof goalTargetInputSchema>;
