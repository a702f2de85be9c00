import { scoringRuleOrderSchema } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";

/**
 * Puts the rules in the order `ruleIds` (admins): every rule id exactly once. The order is how the
 * breakdown lists them; it does not change any score, so nothing is rescored.
 * @throws ForbiddenError unless `actor` is an admin; ValidationError when the ids are not exactly the rules.
 */
export async function reorderScoringRules(actor: Actor, ruleIds: unknown): Promise<void> {
  assertAdmin(actor, "Only an admin can change the scoring rules");
  const ids = parseOrThrow(scoringRuleOrderSchema, ruleIds);
  await getDb().$transaction(async (tx) => {
    const existing = (await tx.scoringRule.findMany({ select: { id: true } })).map((r) => r.id);
    if (new Set(ids).size !== ids.length || ids.length !== existing.length || !existing.every((id) => ids.includes(id))) {
      throw new ValidationError("The list must name every rule once", { ruleIds: ["The list must name every rule once"] });
    }
    for (const [position, id] of ids.entries()) await tx.scoringRule.update({ where: { id }, data: { position }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "reorder", entityType: "ScoringRule", entityId: "order", changes: { ruleIds: ids } });
  });
}
