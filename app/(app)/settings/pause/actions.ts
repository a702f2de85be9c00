"use server";

import { revalidatePath } from "next/cache";
import type { PauseInput } from "@/lib/validation/gamification";
import { runAction } from "@/server/action";
import { endPause, startPause } from "@/server/services/gamification/pause";

/** Settings → Pause mode: pauses the streak, consistency, daily goals and missions for 1–14 days, with a reason. */
export async function startPauseAction(input: PauseInput) {
  return runAction(async (user) => {
    const pause = await startPause(user, input, new Date());
    revalidatePath("/", "layout");
    return pause;
  });
}

/** Settings → Pause mode: ends the active pause today. */
export async function endPauseAction() {
  return runAction(async (user) => {
    await endPause(user, new Date());
    revalidatePath("/", "layout");
    return null;
  });
}
