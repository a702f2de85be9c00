import { DEFAULT_SCORING_RULES } from "@/lib/scoring/default-scoring-rules";
import { scoringRuleInputSchema } from "@/lib/validation/scoring";
import { getDb, type Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { queueLeadScoring } from "./queue-lead-scoring";
import { scoringRuleColumns } from "./scoring-rule-record";

/** Whether scoring rules were ever written here: any rule, or any in the audit log (also deleted ones). */
async function rulesWereWritten(tx: Tx): Promise<boolean> {
  const [rules, audited] = await Promise.all([tx.scoringRule.count(), tx.auditLog.count({ where: { entityType: "ScoringRule" } })]);
  return rules > 0 || audited > 0;
}

/**
 * Creates the default scoring rules (DEFAULT_SCORING_RULES) on first run, as ensureDefaultTemplates
 * does for templates: only when no rule exists and none ever did, so a team that deleted them does
 * not get them back; safe to call concurrently (one transaction, unique `defaultKey`). When it
 * creates them it queues a rescore of every lead, so leads that predate scoring get their scores.
 * Called by the first-run setup, `db:migrate` and Settings → Scoring.
 * @returns how many rules it created (0 when it did nothing).
 */
export async function ensureDefaultScoringRules(): Promise<number> {
  const db = getDb();
  if (await rulesWereWritten(db)) return 0;
  let created = 0;
  try {
    created = await db.$transaction(async (tx) => {
      if (await rulesWereWritten(tx)) return 0;
      let position = 0;
      for (const { key, ...input } of DEFAULT_SCORING_RULES) {
        const rule = await tx.scoringRule.create({ data: { ...scoringRuleColumns(scoringRuleInputSchema.parse(input)), position: position++, defaultKey: key }, select: { id: true } });
        await recordAudit(tx, { actorId: null, action: "create", entityType: "ScoringRule", entityId: rule.id, changes: { defaultKey: key } });
      }
      return DEFAULT_SCORING_RULES.length;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 0;
    throw error;
  }
  if (created && (await db.lead.count({ take: 1 }))) await queueLeadScoring(null);
  return created;
}
