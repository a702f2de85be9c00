import { sequenceStatusChangeSchema } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { findSequenceToChange } from "./sequence-record";

/**
 * Activates, pauses or archives a sequence (its creator, a manager or an admin). Only an ACTIVE
 * sequence's steps run: a paused one keeps its enrolments where they are, and its steps that came
 * due meanwhile run at the first tick after it is active again. Archiving also hides it from the
 * enrol dialogs; its enrolments stay as they are (unenrol them to end them).
 * @throws NotFoundError, ForbiddenError, ValidationError.
 */
export async function changeSequenceStatus(actor: Actor, sequenceId: string, input: unknown): Promise<{ id: string; status: string }> {
  const { status } = parseOrThrow(sequenceStatusChangeSchema, input);
  return getDb().$transaction(async (tx) => {
    const sequence = await findSequenceToChange(tx, actor, sequenceId);
    await tx.sequence.update({ where: { id: sequence.id }, data: { status }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Sequence", entityId: sequence.id, changes: { status: [sequence.status, status] } });
    return { id: sequence.id, status };
  });
}
