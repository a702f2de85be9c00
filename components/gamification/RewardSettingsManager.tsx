"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createRewardSettingAction, deleteRewardSettingAction, setRewardEnabledAction } from "@/app/(app)/gamification/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ActionResult } from "@/server/action";

type Setting = { id: string; name: string; kind: "RECURRING" | "MILESTONE"; everyLevels: number | null; atLevel: number | null; enabled: boolean };

/** How a setting reads: "every 3 levels" or "at level 10". */
export const rewardRule = (s: { kind: "RECURRING" | "MILESTONE"; everyLevels: number | null; atLevel: number | null }) =>
  s.kind === "RECURRING" ? `every ${s.everyLevels === 1 ? "level" : `${s.everyLevels} levels`}` : `at level ${s.atLevel}`;

const messageOf = (result: ActionResult<unknown>) => (result.ok ? null : (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error));

/**
 * /gamification → Level rewards settings: the rewards a user promises themself, recurring every X
 * levels or once at a milestone level; switch each off or on, delete it, or add one.
 */
export function RewardSettingsManager({ settings }: { settings: Setting[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: "", kind: "RECURRING" as Setting["kind"], level: "" });
  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) return setError(messageOf(result));
      after?.();
      router.refresh();
    });
  const add = () => {
    const level = draft.level === "" ? Number.NaN : Number(draft.level);
    const input = draft.kind === "RECURRING" ? { kind: "RECURRING" as const, name: draft.name, everyLevels: level } : { kind: "MILESTONE" as const, name: draft.name, atLevel: level };
    run(() => createRewardSettingAction(input), () => setDraft({ ...draft, name: "", level: "" }));
  };

  return (
    <div className="space-y-3 p-4">
      {settings.length === 0 ? (
        <p className="text-sm text-slate-500">No level rewards yet. Add one: a treat every few levels, or something big at a milestone.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="reward-settings">
          {settings.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
              <span className="font-medium text-slate-900">{s.name}</span>
              <span className="text-slate-500">{rewardRule(s)}</span>
              <Badge tone={s.kind === "RECURRING" ? "sky" : "amber"}>{s.kind === "RECURRING" ? "Recurring" : "Milestone"}</Badge>
              {s.enabled ? null : <Badge>Off</Badge>}
              <span className="ml-auto flex items-center gap-2">
                <Button size="sm" variant="secondary" disabled={pending} aria-label={`${s.enabled ? "Switch off" : "Switch on"} ${s.name}`} onClick={() => run(() => setRewardEnabledAction(s.id, !s.enabled))}>
                  {s.enabled ? "Switch off" : "Switch on"}
                </Button>
                <ConfirmDeleteButton size="sm" name={`Delete ${s.name}`} onConfirm={async () => failureOf(await deleteRewardSettingAction(s.id))} onDeleted={() => router.refresh()} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <Input aria-label="Reward" placeholder="Reward, e.g. Massage" value={draft.name} maxLength={120} onChange={(e) => setDraft({ ...draft, name: e.target.value })} className="max-w-56" />
        <Select aria-label="Kind of reward" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as Setting["kind"] })} className="max-w-48">
          <option value="RECURRING">Every X levels</option>
          <option value="MILESTONE">Once at level N</option>
        </Select>
        <Input
          aria-label={draft.kind === "RECURRING" ? "Every how many levels" : "At level"}
          placeholder={draft.kind === "RECURRING" ? "X (1–14)" : "N (2–15)"}
          type="number"
          min={draft.kind === "RECURRING" ? 1 : 2}
          max={draft.kind === "RECURRING" ? 14 : 15}
          step={1}
          value={draft.level}
          onChange={(e) => setDraft({ ...draft, level: e.target.value })}
          className="max-w-32"
        />
        <Button type="submit" size="sm" disabled={pending}>
          Add reward
        </Button>
      </form>
      <InlineError message={error} />
    </div>
  );
}
