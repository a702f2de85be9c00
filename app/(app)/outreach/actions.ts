"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { logOutreach } from "@/server/services/outreach/log-outreach";
import { searchOutreachTargets } from "@/server/services/outreach/search-outreach-targets";
import type { OutreachInput } from "@/lib/validation/outreach";

/** Logs an outbound touch from the "Log outreach" dialog (wherever it was opened; that page refreshes itself). */
export async function logOutreachAction(input: OutreachInput) {
  return runAction(async (user) => {
    const logged = await logOutreach(user, input);
    revalidatePath("/outreach");
    return logged;
  });
}

/** The dialog's lead/contact picker. */
export async function searchOutreachTargetsAction(query: unknown) {
  return runAction(() => searchOutreachTargets(typeof query === "string" ? query : ""));
}
