"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { auditLeadWebsite } from "@/server/services/website-audit/audit-lead-website";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** *Re-audit* on the lead page: audits the lead's website now and shows the new audit. */
export async function reauditLeadAction(leadId: string) {
  return runAction(async (user) => {
    const result = await auditLeadWebsite(user, idOf(leadId));
    revalidatePath(`/leads/${idOf(leadId)}`);
    return result;
  });
}
