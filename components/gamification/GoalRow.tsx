"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetGoalToRecommendedAction, setGoalTargetAction } from "@/app/(app)/goals/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { GoalKind } from "@/lib/gamification/goals";
import { formatMoney } from "@/lib/money";
import type { ActionResult } from "@/server/action";
import { ProgressBar } from "./ProgressBar";

type Goal = {
  kind: GoalKind;
  label: string;
  unit: "count" | "money";
  currency: string | null;
  target: number;
  recommended: number;
  manual: boolean;
  progress: number;
  periodLabel: string;
  hit: boolean;
  paused: boolean;
};

/**
 * One goal on /goals: this period's progress against the target, the recommended target, and the
 * manual override: type a target and *Keep manual* (the recommendation no longer replaces it),
 * or *Reset to recommended*. Money goals are entered in major units and stored in minor units.
 */
export function GoalRow({ goal }: { goal: Goal }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const money = goal.unit === "money";
  const show = (n: number) => (money ? formatMoney(n, goal.currency ?? "EUR") : n.toLocaleString("en"));
  const [draft, setDraft] = useState(String(money ? goal.target / 100 : goal.target));
  const run = (call: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
      router.refresh();
    });
  const save = () => {
    const entered = draft.trim() === "" ? Number.NaN : Number(draft);
    run(() => setGoalTargetAction({ kind: goal.kind, target: money ? Math.round(entered * 100) : entered }));
  };
  return (
    <Card className="space-y-3 p-4" data-testid={`goal-${goal.kind}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-semibold text-slate-900">{goal.label}</h2>
        <span className="text-sm text-slate-500">{goal.periodLabel}</span>
        {goal.hit ? <Badge tone="green">Goal hit</Badge> : null}
        {goal.paused ? <Badge tone="sky">Paused</Badge> : null}
        <Badge tone={goal.manual ? "amber" : "slate"} className="ml-auto">
          {goal.manual ? "Manual target" : "Recommended target"}
        </Badge>
      </div>
      <ProgressBar value={goal.progress} max={goal.target} label={`${goal.label} progress`} tone={goal.hit ? "green" : "brand"} />
      <p className="text-sm text-slate-700 tabular-nums" data-testid="goal-progress">
        {show(goal.progress)} of {show(goal.target)}
        <span className="text-slate-500"> · recommended {show(goal.recommended)}</span>
      </p>
      {goal.manual && goal.target !== goal.recommended ? (
        <p className="text-sm text-amber-800">
          Your own target. Your history suggests {show(goal.recommended)}.
        </p>
      ) : null}
      <form
        className="flex flex-wrap items-center gap-2"
        aria-label={`${goal.label} target`}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="text-sm text-slate-600" htmlFor={`target-${goal.kind}`}>
          Target{money ? ` (${goal.currency ?? "EUR"})` : ""}
        </label>
        <Input id={`target-${goal.kind}`} type="number" min={money ? 0.01 : 1} step={money ? 0.01 : 1} value={draft} onChange={(e) => setDraft(e.target.value)} className="max-w-36" />
        <Button type="submit" size="sm" disabled={pending}>
          Keep manual
        </Button>
        {goal.manual ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => resetGoalToRecommendedAction(goal.kind))}>
            Reset to recommended
          </Button>
        ) : null}
      </form>
      <InlineError message={error} />
    </Card>
  );
}
