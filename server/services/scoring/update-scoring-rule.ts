import { scoringRuleInputSchema, type ScoringRuleInput } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { queueLeadScoring } from "./queue-lead-scoring";
import { scoringRuleColumns, scoringRuleSelect, type ScoringRuleRecord } from "./scoring-rule-record";

/**
 * Replaces a scoring rule's fields (admins; enabling and disabling is `enabled`) and queues a
 * rescore of every lead.
 * @throws ForbiddenError unless `actor` is an admin; NotFoundError; ValidationError.
 */
export async function updateScoringRule(actor: Actor, ruleId: string, input: ScoringRuleInput): Promise<ScoringRuleRecord> {
  assertAdmin(actor, "Only an admin can change the scoring rules");
  assertRecordId(ruleId, "Scoring rule");
  const data = parseOrThrow(scoringRuleInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await tx.scoringRule.findUnique({ where: { id: ruleId }, select: scoringRuleSelect });
    if (!before) throw new NotFoundError("Scoring rule");
    const rule = await tx.scoringRule.update({ where: { id: ruleId }, data: scoringRuleColumns(data), select: scoringRuleSelect });
    const { value, ...rest } = data;
    const changes = changedFields(before, rest);
    if (JSON.stringify(before.value) !== JSON.stringify(value)) changes.value = [before.value, value];
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "ScoringRule", entityId: ruleId, changes });
    await queueLeadScoring(actor.id, tx);
    return rule;
  });
}

/**
 * Turns a rule on or off (admins) and queues a rescore of every lead.
 * @throws ForbiddenError unless `actor` is an admin; NotFoundError.
 */
export async function setScoringRuleEnabled(actor: Actor, ruleId: string, enabled: boolean): Promise<void> {
  assertAdmin(actor, "Only an admin can change the scoring rules");
  assertRecordId(ruleId, "Scoring rule");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.scoringRule.updateMany({ where: { id: ruleId }, data: { enabled: enabled === true } });
    if (!count) throw new NotFoundError("Scoring rule");
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "ScoringRule", entityId: ruleId, changes: { enabled: enabled === true } });
    await queueLeadScoring(actor.id, tx);
  });
}
