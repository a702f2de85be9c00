import { zonedDayStart } from "@/lib/dates";
import { shiftDay } from "@/lib/tasks/calendar-grid";
import { apiKeyInputSchema, type ApiKeyInput, type ApiKeyScope } from "@/lib/validation/api-key";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { generateApiToken } from "./api-token";

/** A key just created: its token is in this answer only (the database keeps its SHA-256 hash). */
export type CreatedApiKey = { id: string; name: string; prefix: string; scope: ApiKeyScope; expiresAt: Date | null; token: string };

/**
 * Creates an API key for `actor` (every user may create keys for themselves; a key acts as its
 * user, with that user's role). The token is random (node:crypto) and returned once.
 * @param actor - the user and their time zone (`expiresOn` is a day there; the key stops at the
 *   end of it).
 * @param now - the clock (an expiry day before today is refused).
 * @throws ValidationError for invalid input or an expiry day in the past.
 */
export async function createApiKey(actor: Actor & { timeZone: string }, input: ApiKeyInput, now = new Date()): Promise<CreatedApiKey> {
  const data = parseOrThrow(apiKeyInputSchema, input);
  const expiresAt = data.expiresOn ? zonedDayStart(shiftDay(data.expiresOn, 1), actor.timeZone) : null;
  if (expiresAt && expiresAt <= now) throw new ValidationError("Some fields need attention", { expiresOn: ["Choose today or a later day"] });
  // A clash of two random 48-bit prefixes is unlikely but possible: draw again.
  for (let attempt = 0; ; attempt++) {
    const { token, tokenHash, prefix } = generateApiToken();
    try {
      return await getDb().$transaction(async (tx) => {
        const key = await tx.apiKey.create({
          data: { userId: actor.id, name: data.name, scope: data.scope, expiresAt, prefix, tokenHash },
          select: { id: true, name: true, prefix: true, scope: true, expiresAt: true },
        });
        await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "ApiKey", entityId: key.id, changes: { name: key.name, scope: key.scope, prefix } });
        return { ...key, token };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}
