import { getDb } from "@/server/db";
import { scoringRuleSelect, type ScoringRuleRecord } from "./scoring-rule-record";

/** Every scoring rule, enabled or not, in scoring order (position, then age). */
export async function listScoringRules(): Promise<ScoringRuleRecord[]> {
  return getDb().scoringRule.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: scoringRuleSelect });
}
