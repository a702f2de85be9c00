"use server";

import { revalidatePath } from "next/cache";
import type { RewardSettingInput } from "@/lib/validation/gamification";
import { runAction } from "@/server/action";
import { setLeaderboardOptIn } from "@/server/services/gamification/leaderboard/set-leaderboard-opt-in";
import { createRewardSetting } from "@/server/services/gamification/reward-settings/create-reward-setting";
import { deleteRewardSetting } from "@/server/services/gamification/reward-settings/delete-reward-setting";
import { setRewardEnabled } from "@/server/services/gamification/reward-settings/set-reward-enabled";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** /gamification → Level rewards: adds a recurring (every X levels) or milestone (at level N) reward. */
export async function createRewardSettingAction(input: RewardSettingInput) {
  return runAction(async (user) => {
    const reward = await createRewardSetting(user, input, new Date());
    revalidatePath("/gamification");
    return reward;
  });
}

/** /gamification → Level rewards: switches a reward on or off. */
export async function setRewardEnabledAction(rewardId: string, enabled: boolean) {
  return runAction(async (user) => {
    await setRewardEnabled(user, idOf(rewardId), enabled === true);
    revalidatePath("/gamification");
    return null;
  });
}

/** /gamification → Level rewards: deletes a reward and its unlock history. */
export async function deleteRewardSettingAction(rewardId: string) {
  return runAction(async (user) => {
    await deleteRewardSetting(user, idOf(rewardId));
    revalidatePath("/gamification");
    return null;
  });
}

/** /gamification → Leaderboard: shows the user on the weekly team leaderboard, or takes them off. */
export async function setLeaderboardOptInAction(optIn: boolean) {
  return runAction(async (user) => {
    await setLeaderboardOptIn(user, optIn, new Date());
    revalidatePath("/gamification");
    return null;
  });
}
