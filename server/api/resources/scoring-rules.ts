import { scoringRuleInputSchema, scoringRuleListQuerySchema, type ScoringRuleInput } from "@/lib/validation/scoring";
import { createScoringRule } from "@/server/services/scoring/create-scoring-rule";
import { deleteScoringRule } from "@/server/services/scoring/delete-scoring-rule";
import { getScoringRule } from "@/server/services/scoring/get-scoring-rule";
import { listScoringRulesPage } from "@/server/services/scoring/list-scoring-rules-page";
import type { ScoringRuleRecord } from "@/server/services/scoring/scoring-rule-record";
import { updateScoringRule } from "@/server/services/scoring/update-scoring-rule";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { scoringRuleSchema } from "../schemas/scoring-rule-schemas";

const scoringRules: ApiResource<ScoringRuleRecord, ScoringRuleRecord, typeof scoringRuleListQuerySchema> = {
  path: "scoring-rules",
  name: "ScoringRule",
  tag: "ScoringRules",
  rowSchema: scoringRuleSchema,
  detailSchema: scoringRuleSchema,
  list: { filters: scoringRuleListQuerySchema, updatedSince: true, run: (_actor, query) => listScoringRulesPage(query) },
  get: (_actor, id) => getScoringRule(id),
};

const rules =
  "Admins only (403 otherwise). `operator` must be one of the subject's and `value` the operand it takes (a number, a list of strings, or null); ENGAGEMENT rules need `windowDays` (1–365), FIT rules have none; `points` −100 to 100. Every change queues a rescore of every lead.";

/** The rule's fields as the Settings → Scoring form shows them. */
const current = (rule: ScoringRuleRecord): ScoringRuleInput => ({
  kind: rule.kind,
  name: rule.name,
  subject: rule.subject,
  operator: rule.operator,
  value: rule.value as ScoringRuleInput["value"],
  points: rule.points,
  windowDays: rule.windowDays,
  enabled: rule.enabled,
});

/** /api/v1/scoring-rules: the lead-scoring rules; every user reads them, admins change them. */
export const scoringRuleOperations = {
  list: listOperation(scoringRules),
  create: createOperation(scoringRules, { schema: scoringRuleInputSchema, description: `A new rule, scored last. ${rules}`, run: (actor, input) => createScoringRule(actor, input) }),
  get: getOperation(scoringRules),
  update: updateOperation(scoringRules, { schema: scoringRuleInputSchema, description: rules, current, run: (actor, id, input) => updateScoringRule(actor, id, input) }),
  remove: deleteOperation(scoringRules, { description: "Admins only; for good (a deleted default rule does not come back).", run: deleteScoringRule }),
};
