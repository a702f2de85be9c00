import { scoringSettingsSchema, type ScoringSettings, type ScoringSettingsInput } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { queueLeadScoring } from "./queue-lead-scoring";
import { getScoringSettings, SCORING_SETTINGS_KEY } from "./scoring-config";

/**
 * Saves Settings → Scoring's half-life and thresholds (Setting "scoring", admins) and queues a
 * rescore of every lead.
 * @throws ForbiddenError unless `actor` is an admin; ValidationError (warm must be below hot).
 */
export async function saveScoringSettings(actor: Actor, input: ScoringSettingsInput): Promise<ScoringSettings> {
  assertAdmin(actor, "Only an admin can change the scoring settings");
  const value = parseOrThrow(scoringSettingsSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await getScoringSettings(tx);
    await tx.setting.upsert({ where: { key: SCORING_SETTINGS_KEY }, create: { key: SCORING_SETTINGS_KEY, value }, update: { value } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Setting", entityId: SCORING_SETTINGS_KEY, changes: { before, after: value } });
    await queueLeadScoring(actor.id, tx);
    return value;
  });
}
