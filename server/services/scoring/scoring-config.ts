import type { ScoringRuleSpec } from "@/lib/scoring/compute-score";
import { DEFAULT_SCORING_SETTINGS, scoringSettingsSchema, type ScoringSettings } from "@/lib/validation/scoring";
import { getDb, type Db, type Tx } from "@/server/db";

/** The Setting row that holds Settings → Scoring's thresholds and half-life. */
export const SCORING_SETTINGS_KEY = "scoring";

/** The rules and settings a rescore runs with. */
export type ScoringConfig = { rules: ScoringRuleSpec[]; settings: ScoringSettings };

/**
 * Settings → Scoring as stored in Setting "scoring", or DEFAULT_SCORING_SETTINGS when nothing (or
 * nothing valid: a hand-edited row) is stored.
 */
export async function getScoringSettings(db: Db | Tx = getDb()): Promise<ScoringSettings> {
  const row = await db.setting.findUnique({ where: { key: SCORING_SETTINGS_KEY }, select: { value: true } });
  const stored = row ? scoringSettingsSchema.safeParse(row.value) : null;
  return stored?.success ? stored.data : DEFAULT_SCORING_SETTINGS;
}

/** The enabled rules in their order, and the settings: what computeScore needs besides the lead. */
export async function loadScoringConfig(db: Db | Tx = getDb()): Promise<ScoringConfig> {
  const [rules, settings] = await Promise.all([
    db.scoringRule.findMany({
      where: { enabled: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, name: true, subject: true, operator: true, value: true, points: true, windowDays: true, enabled: true },
    }),
    getScoringSettings(db),
  ]);
  return { rules, settings };
}
