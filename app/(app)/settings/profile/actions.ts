"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action";
import { createApiKey, type CreatedApiKey } from "@/server/services/api-keys/create-api-key";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { sendDailySummaryNow } from "@/server/services/daily-summary/send-daily-summary-now";
import { updateDailySummarySettings } from "@/server/services/users/update-daily-summary-settings";
import type { DailySummarySettings } from "@/lib/validation/user";

/** Profile → API keys → Create: the token comes back once, in the result. */
export async function createApiKeyAction(input: unknown): Promise<ActionResult<CreatedApiKey>> {
  const result = await runAction((user) => createApiKey(user, input as never));
  revalidatePath("/settings/profile");
  return result;
}

/** Profile → API keys → Revoke. */
export async function revokeApiKeyAction(id: unknown): Promise<ActionResult<void>> {
  const result = await runAction((user) => revokeApiKey(user, String(id)));
  revalidatePath("/settings/profile");
  return result;
}

/** Profile → Daily summary → Save: on or off, and the send hour. */
export async function updateDailySummarySettingsAction(input: unknown): Promise<ActionResult<DailySummarySettings>> {
  const result = await runAction((user) => updateDailySummarySettings(user, input));
  revalidatePath("/settings/profile");
  return result;
}

/** Profile → Daily summary → "Send me one now": today's summary to the signed-in user at once. */
export async function sendDailySummaryNowAction(): Promise<ActionResult<{ to: string; outbox: boolean }>> {
  return runAction(async (user) => {
    const { to, outbox } = await sendDailySummaryNow(user);
    return { to, outbox };
  });
}
