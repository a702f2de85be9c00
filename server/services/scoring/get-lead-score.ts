import type { ScoreBreakdownEntry } from "@/lib/scoring/compute-score";
import type { Temperature } from "@/lib/enums";
import type { ScoringSettings } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { getScoringSettings } from "./scoring-config";

/** A lead's score as its score card shows it: "why 72". */
export type LeadScore = {
  score: number;
  temperature: Temperature;
  /** The computed score (the breakdown's sum, clamped), whatever the override. */
  computedScore: number;
  breakdown: ScoreBreakdownEntry[];
  override: { score: number; note: string | null } | null;
  scoredAt: Date | null;
  settings: ScoringSettings;
};

/** Reads a stored breakdown, dropping entries that do not have the expected shape. */
export function parseBreakdown(value: unknown): ScoreBreakdownEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is ScoreBreakdownEntry => !!e && typeof e === "object" && typeof e.ruleId === "string" && typeof e.name === "string" && typeof e.points === "number",
  );
}

/**
 * A lead's stored score, temperature, breakdown and override, with the thresholds they were
 * measured against.
 * @throws NotFoundError for an unknown id.
 */
export async function getLeadScore(leadId: string): Promise<LeadScore> {
  assertRecordId(leadId, "Lead");
  const db = getDb();
  const [lead, settings] = await Promise.all([
    db.lead.findUnique({ where: { id: leadId }, select: { score: true, temperature: true, scoreBreakdown: true, scoreOverride: true, scoreOverrideNote: true, scoredAt: true } }),
    getScoringSettings(db),
  ]);
  if (!lead) throw new NotFoundError("Lead");
  const breakdown = parseBreakdown(lead.scoreBreakdown);
  const sum = breakdown.reduce((total, entry) => total + entry.points, 0);
  return {
    score: lead.score,
    temperature: lead.temperature,
    computedScore: Math.min(100, Math.max(0, sum)),
    breakdown,
    override: lead.scoreOverride === null ? null : { score: lead.scoreOverride, note: lead.scoreOverrideNote },
    scoredAt: lead.scoredAt,
    settings,
  };
}
