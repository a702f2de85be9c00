"use server";

import { revalidatePath } from "next/cache";
import type { ProjectTypeInput } from "@/lib/validation/project";
import type { RevenueCurrencySettingsInput } from "@/lib/validation/revenue-settings";
import { runAction } from "@/server/action";
import { changeProjectType } from "@/server/services/revenue/change-project-type";
import { saveProjectType } from "@/server/services/revenue/save-project-type";
import { updateRevenueCurrencies } from "@/server/services/revenue/update-revenue-currencies";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");
const CHANGES = ["up", "down", "archive", "restore"] as const;

/** Settings → Revenue → Currencies (admins): base currency and exchange rates; refreshes every company's figures. */
export async function updateRevenueCurrenciesAction(input: RevenueCurrencySettingsInput) {
  return runAction(async (user) => {
    await updateRevenueCurrencies(user, input);
    revalidatePath("/", "layout");
    return null;
  });
}

/** Settings → Revenue → Project types: add (`typeId` null) or rename. */
export async function saveProjectTypeAction(typeId: string | null, input: ProjectTypeInput) {
  return runAction(async (user) => {
    const type = await saveProjectType(user, typeId === null ? null : idOf(typeId), input);
    revalidatePath("/settings/revenue");
    return type;
  });
}

/** Settings → Revenue → Project types: move up or down, archive or restore. */
export async function changeProjectTypeAction(typeId: string, change: (typeof CHANGES)[number]) {
  return runAction(async (user) => {
    await changeProjectType(user, idOf(typeId), CHANGES.includes(change) ? change : "restore");
    revalidatePath("/settings/revenue");
    return null;
  });
}
