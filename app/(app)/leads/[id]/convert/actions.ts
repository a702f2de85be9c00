"use server";

import { revalidatePath } from "next/cache";
import type { ConvertLeadInput } from "@/lib/validation/lead";
import { runAction } from "@/server/action";
import { listCompanyContacts } from "@/server/services/contacts/list-company-contacts";
import { convertLead } from "@/server/services/leads/convert-lead";

export async function convertLeadAction(input: ConvertLeadInput) {
  return runAction(async (user) => {
    const result = await convertLead(user, input);
    revalidatePath("/leads", "layout");
    revalidatePath("/companies", "layout");
    revalidatePath("/contacts", "layout");
    return result;
  });
}

/** The active contacts of the company chosen in the conversion form. */
export async function companyContactsAction(companyId: unknown) {
  return runAction(() => listCompanyContacts(typeof companyId === "string" ? companyId : ""));
}
