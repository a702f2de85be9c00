import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/**
 * Checks that a record's chosen owner is a user, so a stale or forged id fails as a field error
 * instead of a foreign-key error. No owner (null) is allowed.
 * @throws ValidationError on `ownerId`.
 */
export async function assertOwnerExists(tx: Tx, ownerId: string | null): Promise<void> {
  if (ownerId && !(await tx.user.findUnique({ where: { id: ownerId }, select: { id: true } }))) {
    throw new ValidationError("Some fields need attention", { ownerId: ["Unknown user"] });
  }
}
