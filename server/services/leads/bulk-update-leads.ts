import { tagKeysOf } from "@/lib/leads/filter-keys";
import { bulkLeadActionSchema, type BulkLeadAction } from "@/lib/validation/lead";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { canEdit, type Actor } from "@/server/services/permissions";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { moveLeadToStage } from "./change-lead-stage";
import { deleteLeads } from "./delete-leads";

/**
 * Applies one bulk action (change status, assign owner, add tag, delete) to selected leads,
 * all or nothing: when the actor may not edit one of them, nothing changes.
 * @throws ValidationError, NotFoundError, ForbiddenError (SALES cannot assign to others).
 * @returns how many leads were affected.
 */
export async function bulkUpdateLeads(actor: Actor, input: BulkLeadAction, now = new Date()): Promise<number> {
  const action = parseOrThrow(bulkLeadActionSchema, input);
  if (action.action === "delete") return deleteLeads(actor, action.leadIds);
  const ids = [...new Set(action.leadIds)];
  return getDb().$transaction(async (tx) => {
    const leads = await tx.lead.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true } });
    if (leads.length !== ids.length) throw new NotFoundError("Lead");
    if (leads.some((lead) => !canEdit(actor, lead))) throw new ForbiddenError("You can only change your own leads");
    switch (action.action) {
      case "stage":
        for (const id of ids) await moveLeadToStage(tx, actor, id, action.stageId, now);
        break;
      case "owner":
        if (actor.role === "SALES" && action.ownerId !== actor.id) throw new ForbiddenError("Only a manager or an admin can assign leads to others");
        if (action.ownerId && !(await tx.user.findUnique({ where: { id: action.ownerId }, select: { id: true } }))) {
          throw new NotFoundError("User");
        }
        await tx.lead.updateMany({ where: { id: { in: ids } }, data: { ownerId: action.ownerId } });
        break;
      case "tag": {
        const tag = await tx.tag.upsert({ where: { name: action.tag }, create: { name: action.tag }, update: {} });
        for (const id of ids) {
          // Writing updatedAt first takes the lead's row lock (PostgreSQL), so the tags read back
          // include those another transaction gave the lead meanwhile, and tagKeys matches them.
          const { tags } = await tx.lead.update({
            where: { id },
            data: { updatedAt: now, tags: { connect: { id: tag.id } } },
            select: { tags: { select: { id: true } } },
          });
          await tx.lead.update({ where: { id }, data: { updatedAt: now, tagKeys: tagKeysOf(tags.map((t) => t.id)) } });
        }
        break;
      }
    }
    await recordAudit(tx, { actorId: actor.id, action: `bulk-${action.action}`, entityType: "Lead", entityId: ids.join(",").slice(0, 1000), changes: { count: ids.length } });
    await rescoreLeads(tx, ids, now);
    return ids.length;
  });
}
