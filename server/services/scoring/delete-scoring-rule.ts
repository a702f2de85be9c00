import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { queueLeadScoring } from "./queue-lead-scoring";

/**
 * Deletes a scoring rule (admins) and queues a rescore of every lead. A deleted default rule does
 * not come back (ensureDefaultScoringRules reads the audit log).
 * @throws ForbiddenError unless `actor` is an admin; NotFoundError.
 */
export async function deleteScoringRule(actor: Actor, ruleId: string): Promise<void> {
  assertAdmin(actor, "Only an admin can change the scoring rules");
  assertRecordId(ruleId, "Scoring rule");
  await getDb().$transaction(async (tx) => {
    const rule = await tx.scoringRule.findUnique({ where: { id: ruleId }, select: { name: true, defaultKey: true } });
    if (!rule) throw new NotFoundError("Scoring rule");
    await tx.scoringRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "ScoringRule", entityId: ruleId, changes: rule });
    await queueLeadScoring(actor.id, tx);
  });
}
