import type { Role } from "@/lib/enums";
import { canEdit } from "@/lib/permissions";
import { ForbiddenError } from "@/server/errors";

/** The signed-in user on whose behalf a service function acts. */
export type Actor = { id: string; role: Role };

export { canEdit };

/** @throws ForbiddenError unless `actor` may edit the record (see canEdit). */
export function assertCanEdit(actor: Actor, record: { ownerId: string | null }, what: string): void {
  if (!canEdit(actor, record)) throw new ForbiddenError(`Only the owner, a manager or an admin can change this ${what}`);
}

/** @throws ForbiddenError(`message`) unless `actor` is an ADMIN. */
export function assertAdmin(actor: Actor, message = "Only an admin can manage users"): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError(message);
}

/**
 * The owner a new record gets: SALES always owns what it creates; managers and admins may
 * assign anyone, defaulting to themselves.
 */
export function ownerForNewRecord(actor: Actor, requested: string | null | undefined): string {
  return actor.role === "SALES" ? actor.id : (requested ?? actor.id);
}
