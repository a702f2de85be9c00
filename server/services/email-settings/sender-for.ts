import type { EmailSettings } from "@/lib/validation/email-settings";
import { getDb, type Db, type Tx } from "@/server/db";
import { getEmailSettings } from "./get-email-settings";

/** The sending user's fields that shape the From and Reply-To. */
export type SenderUser = { name: string | null; emailFromName: string | null; emailReplyTo: string | null };

/** What an email is sent as. */
export type Sender = { from: string; replyTo: string | null };

/**
 * A mailbox for a From header, `Name <address>` (RFC 5322 §3.4 name-addr). The display name is
 * put in a quoted string (quotes and backslashes escaped) unless it is plain words, and line
 * breaks and angle brackets are removed from it, so no header can be injected. Without a name,
 * the bare address.
 */
export function formatMailbox(name: string | null, address: string): string {
  const clean = (name ?? "").replace(/[\r\n<>\u0000]+/g, " ").replace(/\s+/g, " ").trim();
  if (!clean) return address;
  const display = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(clean) ? clean : `"${clean.replace(/["\\]/g, "\\$&")}"`;
  return `${display} <${address}>`;
}

/**
 * The From and Reply-To of an email `user` sends: the workspace's From address (Settings → Email)
 * under the user's sender name (Profile), else their name, else the workspace's From name; the
 * user's Reply-To, else the workspace's, else none. With no user (null), the workspace's own.
 * @param settings - Settings → Email (read from the database when left out).
 */
export async function senderFor(user: SenderUser | null, settings?: EmailSettings, db: Db | Tx = getDb()): Promise<Sender> {
  const workspace = settings ?? (await getEmailSettings(db));
  const name = user?.emailFromName || user?.name || workspace.fromName;
  return { from: formatMailbox(name, workspace.fromAddress), replyTo: user?.emailReplyTo || workspace.replyTo };
}

/**
 * senderFor the user with id `userId`, read from the database.
 * @throws Error when the user does not exist (callers pass the signed-in user).
 */
export async function senderForUserId(userId: string, db: Db | Tx = getDb()): Promise<Sender> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, emailFromName: true, emailReplyTo: true } });
  if (!user) throw new Error(`No user ${userId}`);
  return senderFor(user, undefined, db);
}
