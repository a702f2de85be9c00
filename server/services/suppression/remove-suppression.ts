import { suppressionRemovalSchema } from "@/lib/validation/suppression";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/** Whether `actor` may take addresses off the suppression list (emailing them again is a team decision). */
export function canRemoveSuppression(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN" || actor.role === "MANAGER";
}

/**
 * Takes an address off the suppression list so email may go to it again. The entry is deleted
 * and the audit log keeps what it was (address, reason, note, when it was added) with the
 * remover's reason, in the same transaction.
 * @param input - `{ reason }`: why (required, at most 500 characters).
 * @throws ForbiddenError unless `actor` is an ADMIN or MANAGER; ValidationError without a
 *   reason; NotFoundError for an unknown id (also when it was removed meanwhile).
 */
export async function removeSuppression(actor: Actor, id: string, input: unknown): Promise<void> {
  if (!canRemoveSuppression(actor)) throw new ForbiddenError("Only a manager or an admin can take an address off the suppression list");
  assertRecordId(id, "Suppression");
  const { reason } = parseOrThrow(suppressionRemovalSchema, input);
  await getDb().$transaction(async (tx) => {
    const entry = await tx.emailSuppression.findUnique({ where: { id }, select: { address: true, reason: true, note: true, createdAt: true } });
    if (!entry) throw new NotFoundError("Suppression");
    const { count } = await tx.emailSuppression.deleteMany({ where: { id } });
    if (!count) throw new NotFoundError("Suppression");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "EmailSuppression",
      entityId: id,
      changes: { address: entry.address, suppressedFor: entry.reason, note: entry.note, suppressedAt: entry.createdAt.toISOString(), reason },
    });
  });
}
