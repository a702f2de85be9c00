import { sequenceInputSchema, type SequenceInput } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { checkSequenceReferences } from "./check-sequence-references";
import { findSequenceToChange, sequenceColumns, stepColumns } from "./sequence-record";

/**
 * Changes a sequence's name, steps, window, cap, spacing and exit stages (its creator, a manager or
 * an admin), in any status. Steps are kept by position: the step at position i takes the new
 * step i's content (its runs and stats stay with it), new positions are added, and positions past
 * the new end are removed with their runs. Active enrolments carry on at their next position.
 * @throws NotFoundError, ForbiddenError, ValidationError with field errors.
 */
export async function updateSequence(actor: Actor, sequenceId: string, input: SequenceInput): Promise<{ id: string }> {
  const data = parseOrThrow(sequenceInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const sequence = await findSequenceToChange(tx, actor, sequenceId);
    await checkSequenceReferences(tx, data);
    await tx.sequence.update({
      where: { id: sequence.id },
      data: {
        ...sequenceColumns(data),
      },
      select: { id: true },
    });
    await tx.sequenceStep.deleteMany({ where: { sequenceId: sequence.id, position: { gte: data.steps.length } } });
    const existing = new Map(sequence.steps.map((s) => [s.position, s.id]));
    for (const [position, step] of data.steps.entries()) {
      const id = existing.get(position);
      const columns = stepColumns(step);
      if (id) await tx.sequenceStep.update({ where: { id }, data: columns, select: { id: true } });
      else await tx.sequenceStep.create({ data: { sequenceId: sequence.id, position, ...columns }, select: { id: true } });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Sequence", entityId: sequence.id, changes: { name: data.name, steps: data.steps.length } });
    return { id: sequence.id };
  });
}
