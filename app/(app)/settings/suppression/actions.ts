"use server";

import { revalidatePath } from "next/cache";
import type { SuppressionInput, SuppressionRemoval } from "@/lib/validation/suppression";
import { runAction } from "@/server/action";
import { addSuppression } from "@/server/services/suppression/add-suppression";
import { removeSuppression } from "@/server/services/suppression/remove-suppression";

export async function addSuppressionAction(input: SuppressionInput) {
  return runAction(async (user) => {
    await addSuppression(user, input);
    revalidatePath("/settings/suppression");
    return null;
  });
}

export async function removeSuppressionAction(id: string, input: SuppressionRemoval) {
  return runAction(async (user) => {
    await removeSuppression(user, id, input);
    revalidatePath("/settings/suppression");
    return null;
  });
}
