import { createHash, randomBytes } from "node:crypto";
import { acceptInviteSchema, inviteSchema, type AcceptInviteInput, type InviteInput } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { parseOrThrow } from "@/server/services/parse";
import { recordAudit } from "@/server/services/audit";

/** How long an invite link stays valid. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Creates a one-time invite (ADMIN only). Only the token's hash is stored; the token itself
 * is returned once, for the admin to pass on as the link `/invite/<token>`.
 * @throws ForbiddenError for non-admins; ConflictError when the email already has an account.
 */
export async function inviteUser(actor: Actor, input: InviteInput, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  assertAdmin(actor);
  const data = parseOrThrow(inviteSchema, input);
  const db = getDb();
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new ConflictError(`${data.email} already has an account`);
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: { tokenHash: hashToken(token), email: data.email, role: data.role, invitedById: actor.id, expiresAt },
    });
    await recordAudit(tx, { actorId: actor.id, action: "invite", entityType: "Invite", entityId: invite.id, changes: { email: data.email, role: data.role } });
  });
  return { token, expiresAt };
}

/** The open invite for a token (email and role), or null when unknown, used or expired. */
export async function findInvite(token: string, now = new Date()): Promise<{ email: string; role: string } | null> {
  const invite = await getDb().invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, acceptedAt: true, expiresAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt <= now) return null;
  return { email: invite.email, role: invite.role };
}

/**
 * Accepts an invite: creates the user with the invited email and role and marks the invite used.
 * @throws NotFoundError for an unknown, used or expired token; ConflictError when the email has an account.
 */
export async function acceptInvite(input: AcceptInviteInput, now = new Date()): Promise<{ id: string; email: string }> {
  const data = parseOrThrow(acceptInviteSchema, input);
  const passwordHash = await hashPassword(data.password);
  return getDb().$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({ where: { tokenHash: hashToken(data.token) } });
    if (!invite || invite.acceptedAt || invite.expiresAt <= now) throw new NotFoundError("Invite");
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
      throw new ConflictError(`${invite.email} already has an account`);
    }
    // The conditional update makes a token usable once even when two requests race.
    const used = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (used.count !== 1) throw new NotFoundError("Invite");
    const user = await tx.user.create({
      data: { email: invite.email, name: data.name, role: invite.role, passwordHash },
      select: { id: true },
    });
    return { id: user.id, email: invite.email };
  });
}
