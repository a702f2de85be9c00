import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Deletes a deal with its activities, tasks and attachment records.
 * @throws NotFoundError for an unknown deal; ForbiddenError unless `actor` may edit it.
 */
export async function deleteDeal(actor: Actor, dealId: string): Promise<void> {
  assertRecordId(dealId, "Deal");
  await getDb().$transaction(async (tx) => {
    const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { title: true, ownerId: true, value: true, currency: true } });
    if (!deal) throw new NotFoundError("Deal");
    assertCanEdit(actor, deal, "deal");
    await tx.deal.delete({ where: { id: dealId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Deal", entityId: dealId, changes: { title: deal.title, value: deal.value, currency: deal.currency } });
  });
}
