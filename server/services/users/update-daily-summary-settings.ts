import { dailySummarySettingsSchema, type DailySummarySettings } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Profile → Daily summary: the signed-in user's own choice of getting the daily summary and its
 * send hour (0–23 local, in their time zone). Stored explicitly, so the role-based default no
 * longer applies to them.
 * @throws ValidationError with field errors (`dailySummaryEnabled`, `dailySummaryHour`).
 */
export async function updateDailySummarySettings(actor: Actor, input: unknown): Promise<DailySummarySettings> {
  const data = parseOrThrow(dailySummarySettingsSchema, input);
  return getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "User", entityId: actor.id, changes: data });
    return data;
  });
}
