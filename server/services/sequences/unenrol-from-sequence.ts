import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { exitSequenceEnrolments } from "./exit-sequence-enrolments";

/**
 * Ends an active enrolment by hand (exit reason MANUAL): its remaining steps are cancelled and its
 * open tasks closed (exitSequenceEnrolments). Whoever may edit the lead or contact may.
 * @throws NotFoundError for an unknown enrolment; ForbiddenError; ConflictError when it is not active.
 */
export async function unenrolFromSequence(actor: Actor, enrolmentId: string, now = new Date()): Promise<{ id: string }> {
  assertRecordId(enrolmentId, "Enrolment");
  return getDb().$transaction(async (tx) => {
    const enrolment = await tx.sequenceEnrolment.findUnique({
      where: { id: enrolmentId },
      select: { id: true, status: true, lead: { select: { ownerId: true } }, contact: { select: { ownerId: true } } },
    });
    if (!enrolment) throw new NotFoundError("Enrolment");
    assertCanEdit(actor, enrolment.lead ?? enrolment.contact ?? { ownerId: null }, "record");
    if (enrolment.status !== "ACTIVE" || !(await exitSequenceEnrolments(tx, { enrolmentIds: [enrolment.id] }, "MANUAL", now))) throw new ConflictError("This enrolment has already ended");
    await recordAudit(tx, { actorId: actor.id, action: "unenrol", entityType: "SequenceEnrolment", entityId: enrolment.id, changes: {} });
    return { id: enrolment.id };
  });
}
