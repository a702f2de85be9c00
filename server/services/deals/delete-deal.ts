import { NotFoundError } from "@/server/errors";
import { deleteWithAttachmentFiles } from "@/server/services/attachments/delete-with-attachment-files";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Deletes a deal with its activities, tasks and attachments (and the attachments' files).
 * @throws NotFoundError for an unknown deal; ForbiddenError unless `actor` may edit it.
 */
export async function deleteDeal(actor: Actor, dealId: string): Promise<void> {
  assertRecordId(dealId, "Deal");
  await deleteWithAttachmentFiles({ dealId }, async (tx) => {
    const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { title: true, ownerId: true, value: true, currency: true } });
    if (!deal) throw new NotFoundError("Deal");
    assertCanEdit(actor, deal, "deal");
    await tx.deal.delete({ where: { id: dealId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Deal", entityId: dealId, changes: { title: deal.title, value: deal.value, currency: deal.currency } });
  });
}
