"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setScoreOverrideAction } from "@/app/(app)/leads/[id]/score-actions";
import { Button } from "@/components/ui/button";
import { Field, InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/** Sets a manual score (0–100) with a required note, or clears it so the computed score applies again. */
export function ScoreOverrideForm({ leadId, override }: { leadId: string; override: { score: number; note: string | null } | null }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState(String(override?.score ?? ""));
  const [note, setNote] = useState(override?.note ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const save = (input: { score: number; note: string } | null) =>
    startTransition(async () => {
      const result = await setScoreOverrideAction(leadId, input);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setError(result.ok ? null : result.error);
      if (result.ok) {
        setOpen(false);
        router.refresh();
      }
    });

  if (!open) {
    return (
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
          {override ? "Change override" : "Override score"}
        </Button>
        {override ? (
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => save(null)}>
            Clear override
          </Button>
        ) : null}
        <InlineError message={error} />
      </div>
    );
  }
  return (
    <form
      className="space-y-2 rounded-md border border-slate-200 p-3"
      aria-label="Override score"
      onSubmit={(e) => {
        e.preventDefault();
        save({ score: score.trim() === "" ? Number.NaN : Number(score), note });
      }}
    >
      <Field label="Score (0–100)" htmlFor="override-score" error={errors.score?.[0]}>
        <Input id="override-score" type="number" step={1} value={score} onChange={(e) => setScore(e.target.value)} className="max-w-24" />
      </Field>
      <Field label="Why (required)" htmlFor="override-note" error={errors.note?.[0]}>
        <Input id="override-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Met the owner; ready to buy" />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          Save override
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      <InlineError message={error} />
    </form>
  );
}
