"use server";

import { revalidatePath } from "next/cache";
import type { DashboardLayoutInput } from "@/lib/validation/dashboard-layout";
import { runAction } from "@/server/action";
import { saveDashboardLayout } from "@/server/services/dashboard/save-dashboard-layout";
import { searchRecords } from "@/server/services/search/search-records";

/** Global search (Ctrl/Cmd+K) over leads, companies and contacts. */
export async function searchAction(query: unknown) {
  return runAction(() => searchRecords(typeof query === "string" ? query : ""));
}

/** Home page → Customise → Save: the signed-in user's widget order and hidden widgets. */
export async function saveDashboardLayoutAction(input: DashboardLayoutInput) {
  return runAction(async (user) => {
    await saveDashboardLayout(user, input);
    revalidatePath("/");
    return null;
  });
}
