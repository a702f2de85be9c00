import type { ScoringRuleListQuery } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { scoringRuleSelect, type ScoringRuleRecord } from "./scoring-rule-record";

/** One keyset page of scoring rules (API), oldest first by (createdAt, id), optionally of one kind; `position` is their scoring order. */
export async function listScoringRulesPage({ filters, page }: { filters: ScoringRuleListQuery; page: KeysetPageRequest }): Promise<KeysetPage<ScoringRuleRecord>> {
  const where = filters.kind ? { kind: filters.kind } : {};
  return readKeysetPage(page, (take) => getDb().scoringRule.findMany({ ...keysetFindArgs(where, page, take), select: scoringRuleSelect }));
}
