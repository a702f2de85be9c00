import { leaderboardOptInSchema } from "@/lib/validation/gamification";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { ensureGameProfile } from "@/server/services/gamification/ledger";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Shows the actor on the weekly team leaderboard (`optIn` true) or takes them off it. Off by default.
 * @param now - when the profile would be created.
 * @throws ValidationError unless `optIn` is a boolean.
 */
export async function setLeaderboardOptIn(actor: Actor, optIn: boolean, now: Date): Promise<void> {
  const value = parseOrThrow(leaderboardOptInSchema, optIn);
  await getDb().$transaction(async (tx) => {
    await ensureGameProfile(tx, actor.id, now);
    await tx.gameProfile.update({ where: { userId: actor.id }, data: { leaderboardOptIn: value, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "GameProfile", entityId: actor.id, changes: { leaderboardOptIn: value } });
  });
}
