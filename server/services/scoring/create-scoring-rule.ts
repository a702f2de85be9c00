import { scoringRuleInputSchema, type ScoringRuleInput } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { queueLeadScoring } from "./queue-lead-scoring";
import { scoringRuleColumns, scoringRuleSelect, type ScoringRuleRecord } from "./scoring-rule-record";

/**
 * Adds a scoring rule at the end of the list (admins) and queues a rescore of every lead.
 * @throws ForbiddenError unless `actor` is an admin; ValidationError for a bad rule (field paths).
 */
export async function createScoringRule(actor: Actor, input: ScoringRuleInput): Promise<ScoringRuleRecord> {
  assertAdmin(actor, "Only an admin can change the scoring rules");
  const data = parseOrThrow(scoringRuleInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const last = await tx.scoringRule.aggregate({ _max: { position: true } });
    const rule = await tx.scoringRule.create({ data: { ...scoringRuleColumns(data), position: (last._max.position ?? -1) + 1 }, select: scoringRuleSelect });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "ScoringRule", entityId: rule.id, changes: { ...data } });
    await queueLeadScoring(actor.id, tx);
    return rule;
  });
}
