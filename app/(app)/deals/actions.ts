"use server";

import { revalidatePath } from "next/cache";
import type { DealInput, NewDealInput } from "@/lib/validation/deal";
import type { WinDealInput } from "@/lib/validation/project";
import { runAction } from "@/server/action";
import { listCompanyContacts } from "@/server/services/contacts/list-company-contacts";
import { createDeal } from "@/server/services/deals/create-deal";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { moveDeal } from "@/server/services/deals/move-deal";
import { updateDeal } from "@/server/services/deals/update-deal";
import { winDeal } from "@/server/services/deals/win-deal";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

export async function createDealAction(input: NewDealInput) {
  return runAction(async (user) => {
    const deal = await createDeal(user, input);
    revalidatePath("/deals", "layout");
    return deal;
  });
}

export async function updateDealAction(dealId: string, input: DealInput) {
  return runAction(async (user) => {
    await updateDeal(user, idOf(dealId), input);
    revalidatePath("/deals", "layout");
    return { id: idOf(dealId) };
  });
}

export async function deleteDealAction(dealId: string) {
  return runAction(async (user) => {
    await deleteDeal(user, idOf(dealId));
    revalidatePath("/deals", "layout");
    return null;
  });
}

/** Moves a deal to another stage of its pipeline from its page (won/lost need a reason; an open stage reopens it). */
export async function changeDealStageAction(dealId: string, stageId: string, reason: string | null = null) {
  return runAction(async (user) => {
    await moveDeal(user, { dealId: idOf(dealId), stageId: idOf(stageId), reason });
    revalidatePath("/deals", "layout");
    return null;
  });
}

/**
 * "Mark won" on the deal page: the deal into a WON stage with its reason and, when `project` is
 * given, its project created in the same step (the company becomes a client).
 */
export async function winDealAction(input: WinDealInput) {
  return runAction(async (user) => {
    const won = await winDeal(user, input);
    revalidatePath("/deals", "layout");
    revalidatePath("/companies", "layout");
    return won;
  });
}

/** The active contacts of the company chosen in the deal form. */
export async function dealCompanyContactsAction(companyId: unknown) {
  return runAction(() => listCompanyContacts(idOf(companyId)));
}
