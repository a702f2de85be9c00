import { NotFoundError } from "@/server/errors";
import { deleteWithAttachmentFiles } from "@/server/services/attachments/delete-with-attachment-files";
import { recordAudit } from "@/server/services/audit";
import { reverseSourceAwardsInTx } from "@/server/services/gamification/award-hooks";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Deletes a deal with its activities, tasks and attachments (and the attachments' files), and
 * reverses the XP and tokens the deal, its activities and its tasks paid (gamification), at `now`.
 * @throws NotFoundError for an unknown deal; ForbiddenError unless `actor` may edit it.
 */
export async function deleteDeal(actor: Actor, dealId: string, now = new Date()): Promise<void> {
  assertRecordId(dealId, "Deal");
  await deleteWithAttachmentFiles({ dealId }, async (tx) => {
    const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { title: true, ownerId: true, value: true, currency: true } });
    if (!deal) throw new NotFoundError("Deal");
    assertCanEdit(actor, deal, "deal");
    const [activities, tasks] = await Promise.all([tx.activity.findMany({ where: { dealId }, select: { id: true } }), tx.task.findMany({ where: { dealId }, select: { id: true } })]);
    await tx.deal.delete({ where: { id: dealId } });
    await reverseSourceAwardsInTx(tx, "deal", [dealId], now);
    await reverseSourceAwardsInTx(tx, "activity", activities.map((a) => a.id), now);
    await reverseSourceAwardsInTx(tx, "task", tasks.map((t) => t.id), now);
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Deal", entityId: dealId, changes: { title: deal.title, value: deal.value, currency: deal.currency } });
  });
}
