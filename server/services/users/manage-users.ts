import { profileSchema, updateUserSchema } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { parseOrThrow } from "@/server/services/parse";
import { recordAudit } from "@/server/services/audit";
import type { Role } from "@/lib/enums";

/** `email` is null for users an import created without sign-in (e.g. Maven sales agents). */
export type UserSummary = { id: string; email: string | null; name: string; role: Role; canSignIn: boolean };

/** All users, by name (any signed-in user may list them, e.g. to pick an owner). */
export async function listUsers(): Promise<UserSummary[]> {
  const users = await getDb().user.findMany({
    orderBy: { name: "asc" },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  return users.map(({ passwordHash, ...u }) => ({ ...u, canSignIn: passwordHash !== null }));
}

/**
 * Changes a user's role (ADMIN only). The last admin cannot be demoted.
 * @throws ForbiddenError, NotFoundError, ConflictError.
 */
export async function updateUserRole(actor: Actor, input: unknown): Promise<void> {
  assertAdmin(actor);
  const { userId, role } = parseOrThrow(updateUserSchema, input);
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new NotFoundError("User");
    if (user.role === "ADMIN" && role !== "ADMIN" && (await tx.user.count({ where: { role: "ADMIN" } })) <= 1) {
      throw new ConflictError("The last admin cannot be demoted");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "User", entityId: userId, changes: { role: [user.role, role] } });
  });
}

/** Updates the acting user's own name and time zone. @throws ValidationError. */
export async function updateProfile(actor: Actor, input: unknown): Promise<void> {
  const data = parseOrThrow(profileSchema, input);
  await getDb().user.update({ where: { id: actor.id }, data });
}
