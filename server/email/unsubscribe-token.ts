import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { recordIdSchema } from "@/lib/validation/common";

type Env = Readonly<Record<string, string | undefined>>;

/** Separates the message id from its signature; neither a cuid nor base64url contains it. */
const SEPARATOR = ".";

/**
 * The key unsubscribe tokens are signed with: UNSUBSCRIBE_SECRET, else the session secret
 * (NEXTAUTH_SECRET or AUTH_SECRET, which `npm start` always sets).
 * @throws Error when none is set (a deployment mistake: links could not be checked).
 */
function unsubscribeSecret(env: Env): string {
  const secret = env.UNSUBSCRIBE_SECRET?.trim() || env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("Set UNSUBSCRIBE_SECRET (or NEXTAUTH_SECRET) to sign unsubscribe links");
  return secret;
}

/** HMAC-SHA256 of the message id, domain-separated so no other signed value can pass as one. */
function signature(messageId: string, env: Env): Buffer {
  return createHmac("sha256", unsubscribeSecret(env)).update(`leadwell-unsubscribe:${messageId}`).digest();
}

/**
 * The token of an unsubscribe link for one EmailMessage: `<message id>.<HMAC-SHA256, base64url>`.
 * It names the email (so the unsubscribe is recorded on it and its lead or contact) and needs no
 * sign-in; it does not expire, because an unsubscribe link must keep working (RFC 8058 §3 asks
 * that one-click URIs stay valid for a long time).
 * @param env - UNSUBSCRIBE_SECRET / NEXTAUTH_SECRET / AUTH_SECRET (process.env by default).
 * @throws Error when no secret is configured.
 */
export function signUnsubscribeToken(messageId: string, env: Env = process.env): string {
  return `${messageId}${SEPARATOR}${signature(messageId, env).toString("base64url")}`;
}

/**
 * The message id a token was signed for, or null when the token is malformed or its signature
 * does not match (compared in constant time, so timing tells nothing about the right signature).
 * @throws Error when no secret is configured.
 */
export function verifyUnsubscribeToken(token: unknown, env: Env = process.env): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const at = token.lastIndexOf(SEPARATOR);
  if (at <= 0) return null;
  const messageId = token.slice(0, at);
  const given = token.slice(at + 1);
  if (!recordIdSchema.safeParse(messageId).success || !/^[A-Za-z0-9_-]{43}$/.test(given)) return null;
  const expected = signature(messageId, env);
  const actual = Buffer.from(given, "base64url");
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? messageId : null;
}
