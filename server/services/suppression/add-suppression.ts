import { enumLabel } from "@/lib/enums";
import { suppressionInputSchema } from "@/lib/validation/suppression";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { isUniqueViolation } from "@/server/services/unique-violation";

/**
 * Adds an address to the suppression list by hand (reason MANUAL, with an optional note), and
 * records it in the audit log in the same transaction. Anyone signed in may add: keeping an
 * address from being emailed is always safe.
 * @param input - `{ address, note }` (suppressionInputSchema: the address is trimmed and lower-cased).
 * @returns the new entry's id.
 * @throws ValidationError for a malformed address or note; ConflictError when the address is
 *   already suppressed (the entry keeps its first reason).
 */
export async function addSuppression(actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseOrThrow(suppressionInputSchema, input);
  const db = getDb();
  const existing = await db.emailSuppression.findUnique({ where: { address: data.address }, select: { reason: true } });
  if (existing) throw new ConflictError(`${data.address} is already suppressed (${enumLabel(existing.reason)})`);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.emailSuppression.create({
        data: { address: data.address, reason: "MANUAL", note: data.note, createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "EmailSuppression", entityId: row.id, changes: { address: data.address, reason: "MANUAL", note: data.note } });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${data.address} is already suppressed`);
    throw error;
  }
}
