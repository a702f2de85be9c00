import type { StageKind } from "@/lib/enums";

/** A stage of the lead pipeline as the funnel needs it. */
export type FunnelStage = { id: string; name: string; position: number; kind: StageKind };

/** One step of the conversion funnel. Rates are fractions 0–1, null when their denominator is 0. */
export type FunnelStep = {
  stageId: string;
  name: string;
  /** Leads that reached this stage or a later one. */
  count: number;
  /** count ÷ the previous step's count (null for the first step). */
  fromPrevious: number | null;
  /** count ÷ the first step's count. */
  fromFirst: number | null;
};

/**
 * The conversion funnel of the lead pipeline (New → Contacted → Replied → Qualified → Proposal →
 * Won with the default stages): its OPEN and WON stages in position order (LOST stages are not a
 * step), where a lead counts at every stage up to the furthest one it reached — a lead that jumped
 * from New to Replied counts at Contacted too, and one now Lost counts at the stages it reached
 * before. This is the usual "reached stage" funnel (each step a subset of the one before), so the
 * counts never rise from one step to the next.
 * @param stages - the lead pipeline's stages (any order, any kinds).
 * @param furthest - for each stage position, how many leads reached, as their furthest stage, a
 *   non-LOST stage at that position (the furthest of the stages a lead has been in: its initial
 *   status, every status in its history, its current one); positions of no step are ignored.
 */
export function conversionFunnel(stages: readonly FunnelStage[], furthest: ReadonlyMap<number, number>): FunnelStep[] {
  const steps = stages.filter((s) => s.kind !== "LOST").sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  // Leads at or beyond each step: a running total from the last step back.
  const atOrBeyond: number[] = new Array(steps.length).fill(0);
  let total = 0;
  for (let i = steps.length - 1; i >= 0; i--) {
    // Stages sharing a position share its count: added once, at the last of them.
    if (i === 0 || steps[i - 1].position !== steps[i].position) total += furthest.get(steps[i].position) ?? 0;
    atOrBeyond[i] = total;
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return steps.map((stage, i) => ({
    stageId: stage.id,
    name: stage.name,
    count: atOrBeyond[i],
    fromPrevious: i === 0 ? null : ratio(atOrBeyond[i], atOrBeyond[i - 1]),
    fromFirst: ratio(atOrBeyond[i], atOrBeyond[0]),
  }));
}
