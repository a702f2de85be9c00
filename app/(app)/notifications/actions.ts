"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { markNotificationsRead } from "@/server/services/notifications/mark-notifications-read";

/** The bell and /notifications: mark one notification (`id`) or all of them ("all") read. */
export async function markNotificationsReadAction(ids: string[] | "all") {
  return runAction(async (user) => {
    const count = await markNotificationsRead(user.id, ids === "all" ? "all" : Array.isArray(ids) ? ids.filter((id) => typeof id === "string").slice(0, 200) : []);
    revalidatePath("/notifications");
    return { count };
  });
}
