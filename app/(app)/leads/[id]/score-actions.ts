"use server";

import { revalidatePath } from "next/cache";
import type { ScoreOverrideInput } from "@/lib/validation/scoring";
import { runAction } from "@/server/action";
import { setScoreOverride } from "@/server/services/scoring/set-score-override";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** The lead page's score card: set a manual score with its note (`input`), or clear it (null). */
export async function setScoreOverrideAction(leadId: string, input: ScoreOverrideInput | null) {
  return runAction(async (user) => {
    await setScoreOverride(user, idOf(leadId), input);
    revalidatePath(`/leads/${idOf(leadId)}`);
    return null;
  });
}
