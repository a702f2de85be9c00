import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { scoringRuleSelect, type ScoringRuleRecord } from "./scoring-rule-record";

/**
 * One scoring rule.
 * @throws NotFoundError for an unknown or malformed id.
 */
export async function getScoringRule(ruleId: string): Promise<ScoringRuleRecord> {
  assertRecordId(ruleId, "Scoring rule");
  const rule = await getDb().scoringRule.findUnique({ where: { id: ruleId }, select: scoringRuleSelect });
  if (!rule) throw new NotFoundError("Scoring rule");
  return rule;
}
