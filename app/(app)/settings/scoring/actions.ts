"use server";

import { revalidatePath } from "next/cache";
import type { ScoringRuleInput, ScoringSettingsInput } from "@/lib/validation/scoring";
import { runAction } from "@/server/action";
import { createScoringRule } from "@/server/services/scoring/create-scoring-rule";
import { deleteScoringRule } from "@/server/services/scoring/delete-scoring-rule";
import { queueLeadScoring } from "@/server/services/scoring/queue-lead-scoring";
import { reorderScoringRules } from "@/server/services/scoring/reorder-scoring-rules";
import { saveScoringSettings } from "@/server/services/scoring/save-scoring-settings";
import { setScoringRuleEnabled, updateScoringRule } from "@/server/services/scoring/update-scoring-rule";
import { assertAdmin } from "@/server/services/permissions";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** Settings → Scoring: add (`ruleId` null) or replace a rule; every lead is rescored by a job. */
export async function saveScoringRuleAction(ruleId: string | null, input: ScoringRuleInput) {
  return runAction(async (user) => {
    const rule = ruleId === null ? await createScoringRule(user, input) : await updateScoringRule(user, idOf(ruleId), input);
    revalidatePath("/settings/scoring");
    return { id: rule.id };
  });
}

/** Settings → Scoring: turn a rule on or off. */
export async function toggleScoringRuleAction(ruleId: string, enabled: boolean) {
  return runAction(async (user) => {
    await setScoringRuleEnabled(user, idOf(ruleId), enabled === true);
    revalidatePath("/settings/scoring");
    return null;
  });
}

/** Settings → Scoring: delete a rule. */
export async function deleteScoringRuleAction(ruleId: string) {
  return runAction(async (user) => {
    await deleteScoringRule(user, idOf(ruleId));
    revalidatePath("/settings/scoring");
    return null;
  });
}

/** Settings → Scoring: the rules in a new order (every id once). */
export async function reorderScoringRulesAction(ruleIds: string[]) {
  return runAction(async (user) => {
    await reorderScoringRules(user, ruleIds);
    revalidatePath("/settings/scoring");
    return null;
  });
}

/** Settings → Scoring: half-life and thresholds. */
export async function saveScoringSettingsAction(input: ScoringSettingsInput) {
  return runAction(async (user) => {
    await saveScoringSettings(user, input);
    revalidatePath("/settings/scoring");
    return null;
  });
}

/** Settings → Scoring: *Rescore all leads* queues the LEAD_SCORING job. */
export async function rescoreAllLeadsAction() {
  return runAction(async (user) => {
    assertAdmin(user, "Only an admin can rescore every lead");
    const jobId = await queueLeadScoring(user.id);
    revalidatePath("/settings/scoring");
    return { jobId };
  });
}
