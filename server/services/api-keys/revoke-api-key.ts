import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Revokes one of `actor`'s API keys: from `now` on every request with it is a 401. The key stays
 * in the list, marked revoked. Revoking a revoked key changes nothing.
 * @param now - the revocation time.
 * @throws NotFoundError for an unknown id or another user's key.
 */
export async function revokeApiKey(actor: Actor, apiKeyId: string, now = new Date()): Promise<void> {
  assertRecordId(apiKeyId, "API key");
  await getDb().$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, userId: actor.id }, select: { name: true, revokedAt: true } });
    if (!key) throw new NotFoundError("API key");
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "revoke", entityType: "ApiKey", entityId: apiKeyId, changes: { name: key.name } });
  });
}
