import { leadInputSchema, type LeadInput } from "@/lib/validation/lead";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { moveLeadToStage } from "./change-lead-stage";
import { leadColumns, leadTags, leadWebsiteIssues, tagIdsFor } from "./lead-write-data";

/**
 * Replaces a lead's fields with `input` (a full lead form). A stage change is recorded on the
 * timeline; SALES users cannot hand a lead to someone else.
 * @throws ValidationError, NotFoundError, ForbiddenError.
 */
export async function updateLead(
  actor: Actor & { timeZone: string },
  leadId: string,
  input: LeadInput,
  now = new Date(),
): Promise<void> {
  assertRecordId(leadId, "Lead");
  const data = parseOrThrow(leadInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.lead.findUnique({ where: { id: leadId } });
    if (!before) throw new NotFoundError("Lead");
    assertCanEdit(actor, before, "lead");
    const columns = leadColumns(data, actor.timeZone);
    const ownerId = actor.role === "SALES" ? before.ownerId : data.ownerId;
    await tx.lead.update({
      where: { id: leadId },
      data: {
        ...columns,
        ownerId,
        ...leadWebsiteIssues(data.websiteIssues),
        ...leadTags(await tagIdsFor(tx, data.tags), "update"),
      },
    });
    if (data.stageId) await moveLeadToStage(tx, actor, leadId, data.stageId, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Lead",
      entityId: leadId,
      changes: changedFields(before, { ...columns, ownerId }),
    });
    await rescoreLeads(tx, [leadId], now);
  });
}
