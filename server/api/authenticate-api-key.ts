import "server-only";
import type { Role } from "@/lib/enums";
import type { ApiKeyScope } from "@/lib/validation/api-key";
import { getDb } from "@/server/db";
import { UnauthorizedError } from "@/server/errors";
import { readRows } from "@/server/read-rows";
import { sqlPlaceholders } from "@/server/sql-placeholders";
import { API_TOKEN_PATTERN, hashApiToken } from "@/server/services/api-keys/api-token";

/** How stale `lastUsedAt` may get before a request writes it again (ms): once a minute per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a key acts as: the same Actor (plus time zone) the UI's services get. */
export type ApiActor = { id: string; role: Role; timeZone: string; name: string; email: string | null };

type KeyRow = {
  id: string;
  scope: ApiKeyScope;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  role: Role;
  timeZone: string;
  name: string;
  email: string | null;
};

/** A request's authenticated key and the user it acts as. */
export type ApiPrincipal = { keyId: string; scope: ApiKeyScope; actor: ApiActor };

/**
 * Authenticates `Authorization: Bearer lw_…`: the token's SHA-256 is looked up (only hashes are
 * stored), and the key must be neither revoked nor expired (`expiresAt` ≤ now is expired). The
 * user is loaded with the key, so a role change applies to the next request. Records the key's
 * `lastUsedAt` when it is more than a minute old (one small write a minute, not one a request).
 * @param now - the clock.
 * @throws UnauthorizedError (401) without a well-formed bearer token, or for an unknown, revoked
 *   or expired key — one message for all, so a caller learns nothing about which keys exist.
 */
export async function authenticateApiKey(request: Request, now: Date): Promise<ApiPrincipal> {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) throw new UnauthorizedError("Send Authorization: Bearer <API key>");
  const token = match[1];
  const refused = new UnauthorizedError("The API key is not valid (unknown, revoked or expired)");
  if (!API_TOKEN_PATTERN.test(token)) throw refused;
  // The key and its user in one statement, read without Prisma (readRows): every API request takes
  // this path, and a Prisma call with a relation costs about 1 ms of query compilation and mapping here.
  const [key] = await readRows<KeyRow>(
    `SELECT k."id", k."scope", k."expiresAt", k."revokedAt", k."lastUsedAt",
            u."id" AS "userId", u."role", u."timeZone", u."name", u."email"
     FROM "ApiKey" k JOIN "User" u ON u."id" = k."userId"
     WHERE k."tokenHash" = ${sqlPlaceholders(1)}`,
    [hashApiToken(token)],
  );
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) throw refused;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!key.lastUsedAt || key.lastUsedAt < staleBefore) {
    // Conditional, so concurrent requests of one key write it once.
    await getDb().apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] }, data: { lastUsedAt: now } });
  }
  return { keyId: key.id, scope: key.scope, actor: { id: key.userId, role: key.role, timeZone: key.timeZone, name: key.name, email: key.email } };
}
