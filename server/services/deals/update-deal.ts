import { dealInputSchema, type DealInput } from "@/lib/validation/deal";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertOwnerExists } from "@/server/services/companies/assert-owner-exists";
import { setTags } from "@/server/services/leads/lead-write-data";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { dealColumns } from "./deal-columns";
import { checkDealLinks } from "./deal-links";

/**
 * Replaces a deal's fields with `input` (a full deal form). The stage is not changed here (that is
 * moveDeal's job); a cleared probability goes back to the stage's default. SALES users cannot hand
 * a deal to someone else (their owner choice is ignored).
 * @throws ValidationError; NotFoundError for an unknown deal; ForbiddenError unless `actor` may edit it.
 */
export async function updateDeal(actor: Actor & { timeZone: string }, dealId: string, input: DealInput): Promise<void> {
  assertRecordId(dealId, "Deal");
  const data = parseOrThrow(dealInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.deal.findUnique({ where: { id: dealId }, include: { stage: { select: { probability: true } } } });
    if (!before) throw new NotFoundError("Deal");
    assertCanEdit(actor, before, "deal");
    const ownerId = actor.role === "SALES" ? before.ownerId : data.ownerId;
    if (ownerId !== before.ownerId) await assertOwnerExists(tx, ownerId);
    const { companyName } = await checkDealLinks(tx, data, before);
    const columns = dealColumns(data, before.stage.probability, companyName, actor.timeZone);
    await tx.deal.update({ where: { id: dealId }, data: { ...columns, ownerId, tags: setTags(data.tags) } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Deal", entityId: dealId, changes: changedFields(before, { ...columns, ownerId }) });
  });
}
