"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeStageAction, updateStageAction } from "@/app/(app)/settings/pipelines/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { stageInputSchema } from "@/lib/validation/pipeline";
import type { EditorStage } from "@/server/services/pipelines/list-pipelines";
import { STAGE_GRID, StageErrors, StageFields } from "./StageFields";

/**
 * One stage in the pipeline editor: its fields (saved with "Save" once changed), up/down buttons,
 * how many records it holds, and "Remove" — which, when the stage holds deals or leads, first asks
 * which stage of the pipeline they move to.
 * @param noun - "deals" or "leads".
 */
export function StageRow({
  stage,
  others,
  noun,
  onMove,
  first,
  last,
  reordering,
}: {
  stage: EditorStage;
  others: EditorStage[];
  noun: string;
  onMove: (direction: -1 | 1) => void;
  first: boolean;
  last: boolean;
  reordering: boolean;
}) {
  const router = useRouter();
  const [removing, setRemoving] = useState(false);
  const [target, setTarget] = useState("");
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    formState: { isSubmitting, isDirty },
    onSubmit,
    errorOf,
    formError,
  } = useActionForm({
    schema: stageInputSchema,
    defaultValues: { name: stage.name, color: stage.color, probability: stage.probability, kind: stage.kind, rottingDays: stage.rottingDays },
    action: (data) => updateStageAction(stage.id, data),
    onSuccess: () => undefined,
  });

  const remove = () =>
    startTransition(async () => {
      setRemoveError(null);
      const result = await removeStageAction(stage.id, { targetStageId: target || null });
      if (!result.ok) return setRemoveError(result.fieldErrors?.targetStageId?.[0] ?? result.error);
      router.refresh();
    });

  return (
    <li className="border-b border-slate-100 px-4 py-2 last:border-b-0" data-testid={`stage-${stage.name}`}>
      <form onSubmit={onSubmit} noValidate className={STAGE_GRID}>
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" aria-label={`Move ${stage.name} up`} disabled={first || reordering} onClick={() => onMove(-1)}>
            ↑
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Move ${stage.name} down`} disabled={last || reordering} onClick={() => onMove(1)}>
            ↓
          </Button>
        </div>
        <StageFields register={register} errorOf={errorOf} of={stage.name} />
        <span className="text-right text-xs text-slate-500 tabular-nums">
          {stage.records.toLocaleString("en")} {stage.records === 1 ? noun.replace(/s$/, "") : noun}
        </span>
        <div className="flex justify-end gap-1">
          <Button type="submit" size="sm" variant={isDirty ? "primary" : "secondary"} disabled={!isDirty || isSubmitting}>
            {isSubmitting ? "Saving…" : "Save"}
          </Button>
          <Button size="sm" variant="ghost" aria-expanded={removing} onClick={() => setRemoving((v) => !v)}>
            Remove
          </Button>
        </div>
        <StageErrors errors={[errorOf("name"), errorOf("color"), errorOf("probability"), errorOf("kind"), errorOf("rottingDays"), formError]} />
      </form>
      {removing ? (
        <div role="group" aria-label={`Remove ${stage.name}`} className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
          {stage.records > 0 ? (
            <>
              <label htmlFor={`move-${stage.id}`}>
                Move its {stage.records.toLocaleString("en")} {stage.records === 1 ? noun.replace(/s$/, "") : noun} to
              </label>
              <Select id={`move-${stage.id}`} value={target} onChange={(e) => setTarget(e.target.value)} className="w-48">
                <option value="">Choose a stage…</option>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
              <span>and remove “{stage.name}”?</span>
            </>
          ) : (
            <span>Remove “{stage.name}”?</span>
          )}
          <Button size="sm" variant="danger" disabled={pending || (stage.records > 0 && !target)} onClick={remove}>
            {pending ? "Removing…" : "Remove stage"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setRemoving(false)}>
            Cancel
          </Button>
          {removeError ? (
            <p role="alert" className="w-full text-xs text-red-600">
              {removeError}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
