import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Deletes a segment: its creator, a manager or an admin; not while a campaign that has not been
 * sent yet (draft, scheduled, sending, paused) uses it.
 * @throws NotFoundError, ForbiddenError, ConflictError (in use).
 */
export async function deleteSegment(actor: Actor, segmentId: string): Promise<void> {
  assertRecordId(segmentId, "Segment");
  const db = getDb();
  await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true, name: true, createdById: true } });
    if (!segment) throw new NotFoundError("Segment");
    assertCanEdit(actor, { ownerId: segment.createdById }, "segment");
    const inUse = await tx.campaign.count({ where: { segmentId, status: { in: ["DRAFT", "SCHEDULED", "SENDING", "PAUSED"] } } });
    if (inUse) throw new ConflictError(`${inUse} unsent campaign${inUse === 1 ? " uses" : "s use"} this segment`);
    await tx.segment.delete({ where: { id: segmentId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Segment", entityId: segmentId, changes: { name: segment.name } });
  });
}
