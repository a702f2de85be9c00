"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action";
import { clearAnalyticsCache } from "@/server/services/analytics/cached-analytics";

/** Analytics → Refresh now: forgets the kept figures so the page computes them again. */
export async function refreshAnalyticsAction(): Promise<ActionResult<void>> {
  const result = await runAction(async () => clearAnalyticsCache());
  revalidatePath("/analytics");
  return result;
}
