"use server";

import { revalidatePath } from "next/cache";
import type { GoalKind } from "@/lib/gamification/goals";
import type { GoalTargetInput } from "@/lib/validation/goals";
import { runAction } from "@/server/action";
import { resetGoalToRecommended, setGoalTarget } from "@/server/services/gamification/goals";

/** /goals → Keep manual: sets a goal's target by hand; it stays until Reset to recommended. */
export async function setGoalTargetAction(input: GoalTargetInput) {
  return runAction(async (user) => {
    await setGoalTarget(user, input, new Date());
    revalidatePath("/goals");
    return null;
  });
}

/** /goals: drops a manual target and follows the recommendation again. */
export async function resetGoalToRecommendedAction(kind: GoalKind) {
  return runAction(async (user) => {
    const result = await resetGoalToRecommended(user, kind, new Date());
    revalidatePath("/goals");
    return result;
  });
}
