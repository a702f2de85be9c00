"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  deleteScoringRuleAction,
  reorderScoringRulesAction,
  rescoreAllLeadsAction,
  saveScoringRuleAction,
  toggleScoringRuleAction,
} from "@/app/(app)/settings/scoring/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/input";
import { describeRule } from "@/lib/scoring/describe-rule";
import type { ActionResult } from "@/server/action";
import { ScoringRuleForm, type RuleItem } from "./ScoringRuleForm";

/**
 * Settings → Scoring → Rules (admins): each rule with its condition and points; turn it on or off,
 * move it up or down, edit it in place, delete it; add a rule; *Rescore all leads* (a background
 * job). Every change that can move a score queues a rescore of every lead.
 */
export function ScoringRulesManager({ rules }: { rules: RuleItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const run = (call: () => Promise<ActionResult<unknown>>, done?: string) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await call();
      if (!result.ok) return setError(result.error);
      if (done) setNotice(done);
      router.refresh();
    });
  const move = (index: number, by: -1 | 1) => {
    const ids = rules.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    run(() => reorderScoringRulesAction(ids));
  };

  return (
    <div className="space-y-3 p-4">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="scoring-rules">
        {rules.map((rule, i) => (
          <li key={rule.id} className="px-3 py-2 text-sm" data-testid="scoring-rule">
            {editing === rule.id ? (
              <ScoringRuleForm
                rule={rule}
                onCancel={() => setEditing(null)}
                onSave={async (input) => {
                  const result = await saveScoringRuleAction(rule.id, input);
                  if (result.ok) {
                    setEditing(null);
                    setNotice("Rule saved; leads are being rescored");
                    router.refresh();
                  }
                  return result;
                }}
              />
            ) : (
              <div className="flex flex-wrap items-center gap-2">
                <Checkbox checked={rule.enabled} aria-label={`Rule ${rule.name} enabled`} disabled={pending} onChange={(e) => run(() => toggleScoringRuleAction(rule.id, e.target.checked))} />
                <Badge tone={rule.kind === "FIT" ? "sky" : "amber"}>{rule.kind === "FIT" ? "Fit" : "Engagement"}</Badge>
                <div className="min-w-48 flex-1">
                  <div className={rule.enabled ? "font-medium text-slate-900" : "font-medium text-slate-400 line-through"}>{rule.name}</div>
                  <div className="text-xs text-slate-500">{describeRule(rule)}</div>
                </div>
                <span className={`w-14 text-right font-semibold tabular-nums ${rule.points < 0 ? "text-red-700" : "text-green-700"}`} data-testid="rule-points">
                  {rule.points > 0 ? `+${rule.points}` : rule.points}
                </span>
                <Button size="sm" variant="ghost" disabled={pending || i === 0} aria-label={`Move ${rule.name} up`} onClick={() => move(i, -1)}>
                  ↑
                </Button>
                <Button size="sm" variant="ghost" disabled={pending || i === rules.length - 1} aria-label={`Move ${rule.name} down`} onClick={() => move(i, 1)}>
                  ↓
                </Button>
                <Button size="sm" variant="secondary" disabled={pending} aria-label={`Edit ${rule.name}`} onClick={() => setEditing(rule.id)}>
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  aria-label={`Delete ${rule.name}`}
                  onClick={() => {
                    if (window.confirm(`Delete the rule "${rule.name}"?`)) run(() => deleteScoringRuleAction(rule.id), "Rule deleted; leads are being rescored");
                  }}
                >
                  Delete
                </Button>
              </div>
            )}
          </li>
        ))}
        {rules.length === 0 ? <li className="px-3 py-4 text-sm text-slate-500">No rules: every lead scores 0.</li> : null}
      </ul>
      {editing === "new" ? (
        <div className="rounded-md border border-slate-200 p-3">
          <ScoringRuleForm
            rule={null}
            onCancel={() => setEditing(null)}
            onSave={async (input) => {
              const result = await saveScoringRuleAction(null, input);
              if (result.ok) {
                setEditing(null);
                setNotice("Rule added; leads are being rescored");
                router.refresh();
              }
              return result;
            }}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={pending || editing !== null} onClick={() => setEditing("new")}>
          Add rule
        </Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => rescoreAllLeadsAction(), "Rescoring every lead in the background (see Jobs)")}>
          Rescore all leads
        </Button>
        {notice ? (
          <span role="status" className="text-sm text-green-700">
            {notice}
          </span>
        ) : null}
      </div>
      <InlineError message={error} />
    </div>
  );
}
