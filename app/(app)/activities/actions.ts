"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { deleteActivity } from "@/server/services/activities/delete-activity";
import { logActivity } from "@/server/services/activities/log-activity";
import { updateActivity } from "@/server/services/activities/update-activity";
import type { ActivityInput, ActivityUpdateInput } from "@/lib/validation/activity";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** Logs an activity or a note from a record's page (the page refreshes itself). */
export async function logActivityAction(input: ActivityInput) {
  return runAction(async (user) => {
    const logged = await logActivity(user, input);
    revalidatePath("/outreach");
    return logged;
  });
}

export async function updateActivityAction(activityId: string, input: ActivityUpdateInput) {
  return runAction(async (user) => {
    await updateActivity(user, idOf(activityId), input);
    revalidatePath("/outreach");
    return { id: idOf(activityId) };
  });
}

export async function deleteActivityAction(activityId: string) {
  return runAction(async (user) => {
    await deleteActivity(user, idOf(activityId));
    revalidatePath("/outreach");
    return { id: idOf(activityId) };
  });
}
