"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action";
import { createApiKey, type CreatedApiKey } from "@/server/services/api-keys/create-api-key";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";

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
