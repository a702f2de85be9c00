"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { updateLead } from "@/server/services/leads/update-lead";
import { startWebsiteAudit } from "@/server/services/website-audit/start-website-audit";
import type { WebsiteAuditRequest } from "@/lib/validation/website-audit";
import type { BulkLeadAction, LeadInput } from "@/lib/validation/lead";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

export async function createLeadAction(input: LeadInput) {
  return runAction(async (user) => {
    const lead = await createLead(user, input);
    revalidatePath("/leads");
    return lead;
  });
}

export async function updateLeadAction(leadId: string, input: LeadInput) {
  return runAction(async (user) => {
    await updateLead(user, idOf(leadId), input);
    revalidatePath("/leads");
    revalidatePath(`/leads/${idOf(leadId)}`);
    return { id: idOf(leadId) };
  });
}

/** Quick status change from a list row or the detail page. */
export async function changeLeadStageAction(leadId: string, stageId: string) {
  return runAction(async (user) => {
    const changed = await changeLeadStage(user, idOf(leadId), idOf(stageId));
    revalidatePath("/leads");
    revalidatePath(`/leads/${idOf(leadId)}`);
    return { changed };
  });
}

export async function bulkLeadAction(input: BulkLeadAction) {
  return runAction(async (user) => {
    const count = await bulkUpdateLeads(user, input);
    revalidatePath("/leads");
    return { count };
  });
}

export async function deleteLeadAction(leadId: string) {
  return runAction(async (user) => {
    await deleteLeads(user, [idOf(leadId)]);
    revalidatePath("/leads");
    return { deleted: 1 };
  });
}

/** Bulk "Audit websites": queues a WEBSITE_AUDIT job for the selected leads. */
export async function auditLeadsAction(input: WebsiteAuditRequest) {
  return runAction(async (user) => startWebsiteAudit(user, input));
}
