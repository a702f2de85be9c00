import { TemperatureBadge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { LeadCardFacts } from "@/lib/board/types";

/** The score's colour follows the temperature, which the scoring thresholds derive from the score. */
const SCORE_COLOURS = {
  HOT: { text: "text-red-700", bar: "bg-red-500" },
  WARM: { text: "text-amber-800", bar: "bg-amber-500" },
  COLD: { text: "text-sky-800", bar: "bg-sky-500" },
} as const;

/**
 * What a lead card shows beyond every card's fields (issue 12 §5): the score (0–100) as a number
 * and a meter in its temperature's colour, the temperature badge, the source, and how many of the
 * lead's tasks are open (not done).
 */
export function LeadCardFactsRow({ facts, compact }: { facts: LeadCardFacts; compact: boolean }) {
  const colour = SCORE_COLOURS[facts.temperature];
  const score = Math.max(0, Math.min(100, facts.score));
  return (
    <div className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600", compact && "mt-0.5")} data-testid="lead-card-facts">
      <span className="inline-flex items-center gap-1" title={`Score ${score} of 100`}>
        <span className={cn("font-semibold tabular-nums", colour.text)} data-testid="lead-card-score">
          {score}
        </span>
        <span className="h-1.5 w-8 overflow-hidden rounded-full bg-slate-200" aria-hidden>
          <span className={cn("block h-full rounded-full", colour.bar)} style={{ width: `${score}%` }} />
        </span>
      </span>
      <TemperatureBadge temperature={facts.temperature} />
      {facts.source ? (
        <span className="max-w-28 truncate" title={`Source: ${facts.source}`} data-testid="lead-card-source">
          {facts.source}
        </span>
      ) : null}
      <span className={cn(facts.openTasks > 0 ? "font-medium text-slate-800" : "text-slate-500")} data-testid="lead-card-open-tasks">
        {facts.openTasks === 1 ? "1 open task" : `${facts.openTasks} open tasks`}
      </span>
    </div>
  );
}
