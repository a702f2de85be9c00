import { ForbiddenError, NotFoundError } from "@/server/errors";
import { deleteWithAttachmentFiles } from "@/server/services/attachments/delete-with-attachment-files";
import { recordAudit } from "@/server/services/audit";
import { reverseSourceAwardsInTx } from "@/server/services/gamification/award-hooks";
import { assertRecordId } from "@/server/services/parse";
import { canEdit, type Actor } from "@/server/services/permissions";

/**
 * Deletes leads with their activities, tasks and attachments (and the attachments' files), all or
 * nothing, and reverses the XP and tokens the leads (contacted, proposal sent), their activities
 * and their tasks paid (gamification: "deleting the source reverses its award"), at `now`.
 * @throws NotFoundError when any id is unknown; ForbiddenError when `actor` may not delete one of them.
 * @returns how many leads were deleted.
 */
export async function deleteLeads(actor: Actor, leadIds: string[], now = new Date()): Promise<number> {
  const ids = [...new Set(leadIds)];
  ids.forEach((id) => assertRecordId(id, "Lead"));
  return deleteWithAttachmentFiles({ leadId: { in: ids } }, async (tx) => {
    const leads = await tx.lead.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, ownerId: true } });
    if (leads.length !== ids.length) throw new NotFoundError("Lead");
    const refused = leads.filter((lead) => !canEdit(actor, lead));
    if (refused.length) {
      throw new ForbiddenError(`You can only delete your own leads (not: ${refused.slice(0, 3).map((l) => l.name).join(", ")})`);
    }
    const [activities, tasks] = await Promise.all([
      tx.activity.findMany({ where: { leadId: { in: ids } }, select: { id: true } }),
      tx.task.findMany({ where: { leadId: { in: ids } }, select: { id: true } }),
    ]);
    await tx.lead.deleteMany({ where: { id: { in: ids } } });
    await reverseSourceAwardsInTx(tx, "lead", ids, now);
    await reverseSourceAwardsInTx(tx, "activity", activities.map((a) => a.id), now);
    await reverseSourceAwardsInTx(tx, "task", tasks.map((t) => t.id), now);
    for (const lead of leads) {
      await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Lead", entityId: lead.id, changes: { name: lead.name } });
    }
    return leads.length;
  });
}
