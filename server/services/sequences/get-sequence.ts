import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { sequenceSelect, toSequenceRow, type SequenceRow } from "./sequence-record";

/**
 * One sequence with its steps in order.
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getSequence(sequenceId: string): Promise<SequenceRow> {
  assertRecordId(sequenceId, "Sequence");
  const sequence = await getDb().sequence.findUnique({ where: { id: sequenceId }, select: sequenceSelect });
  if (!sequence) throw new NotFoundError("Sequence");
  return toSequenceRow(sequence);
}
