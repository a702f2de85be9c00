import { sequenceInputSchema, type SequenceInput } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { checkSequenceReferences } from "./check-sequence-references";
import { sequenceColumns, stepColumns } from "./sequence-record";

/**
 * Creates a DRAFT sequence (anyone may) with its steps at positions 0, 1, 2…
 * @throws ValidationError with field errors (sequenceInputSchema, checkSequenceReferences).
 */
export async function createSequence(actor: Actor, input: SequenceInput): Promise<{ id: string }> {
  const data = parseOrThrow(sequenceInputSchema, input);
  return getDb().$transaction(async (tx) => {
    await checkSequenceReferences(tx, data);
    const sequence = await tx.sequence.create({
      data: {
        ...sequenceColumns(data),
        createdById: actor.id,
        steps: { create: data.steps.map((step, position) => ({ position, ...stepColumns(step) })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Sequence", entityId: sequence.id, changes: { name: data.name, steps: data.steps.length } });
    return sequence;
  });
}
