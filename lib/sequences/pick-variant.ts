import { fnv1a, type SplitShare } from "@/lib/campaigns/assign-variants";

/**
 * The A/B variant one enrolment gets at an email step: a bucket 0–99 from a hash of
 * (step, enrolment) (FNV-1a, as campaigns shuffle their audience), dealt along the split's
 * cumulative percentages. Deterministic — a resumed step picks the same variant — and, over many
 * enrolments, within a few percent of the split (each enrolment is sent alone, so the exact
 * largest-remainder counts of a campaign do not apply).
 * @param split - shares adding up to 100; null or empty: "A".
 */
export function pickVariant(split: readonly SplitShare[] | null, stepId: string, enrolmentId: string): string {
  if (!split?.length) return "A";
  const bucket = fnv1a(`${stepId}:${enrolmentId}`) % 100;
  let upTo = 0;
  for (const share of split) {
    upTo += share.percent;
    if (bucket < upTo) return share.label;
  }
  return split[split.length - 1].label;
}
