import { weightedValue } from "@/lib/deals/weighted-value";
import type { Tx } from "@/server/db";

/**
 * Gives the deals of a stage that follow its default probability (probabilityOverridden false)
 * the probability `probability` (percent) and the matching weighted value. One update per
 * distinct deal value, so a large stage costs a few queries, not one per deal.
 * @returns how many deals changed.
 */
export async function applyStageProbability(tx: Tx, stageId: string, probability: number): Promise<number> {
  const following = { stageId, probabilityOverridden: false };
  const values = await tx.deal.groupBy({ by: ["value"], where: following });
  let changed = 0;
  for (const { value } of values) {
    const { count } = await tx.deal.updateMany({ where: { ...following, value }, data: { probability, weightedValue: weightedValue(value, probability) } });
    changed += count;
  }
  return changed;
}
