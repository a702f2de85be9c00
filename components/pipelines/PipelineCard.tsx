"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createStageAction, deletePipelineAction, renamePipelineAction, reorderStagesAction } from "@/app/(app)/settings/pipelines/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { pipelineInputSchema, stageInputSchema } from "@/lib/validation/pipeline";
import type { EditorPipeline } from "@/server/services/pipelines/list-pipelines";
import { STAGE_GRID, StageErrors, StageFields } from "./StageFields";
import { StageRow } from "./StageRow";

/** The pipeline's name, saved with "Rename". */
function PipelineName({ pipeline }: { pipeline: EditorPipeline }) {
  const {
    register,
    formState: { isSubmitting, isDirty },
    onSubmit,
    errorOf,
    formError,
  } = useActionForm({
    schema: pipelineInputSchema,
    defaultValues: { name: pipeline.name },
    action: (data) => renamePipelineAction(pipeline.id, data),
    onSuccess: () => undefined,
  });
  const error = errorOf("name") ?? formError;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <Input aria-label={`Name of the pipeline ${pipeline.name}`} className="w-64 font-semibold" aria-invalid={!!error} {...register("name")} />
        {isDirty ? (
          <Button type="submit" size="sm" disabled={isSubmitting}>
            Rename
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** The last row of a pipeline's stages: a new stage's fields and "Add stage". */
function NewStageRow({ pipelineId }: { pipelineId: string }) {
  const blank = { name: "", color: "#64748b", probability: 50, kind: "OPEN" as const, rottingDays: null };
  const {
    register,
    reset,
    formState: { isSubmitting },
    onSubmit,
    errorOf,
    formError,
  } = useActionForm({
    schema: stageInputSchema,
    defaultValues: blank,
    action: (data) => createStageAction(pipelineId, data),
    onSuccess: () => reset(blank),
  });
  return (
    <form onSubmit={onSubmit} noValidate className={`${STAGE_GRID} border-t border-slate-200 bg-slate-50 px-4 py-3`}>
      <span className="text-xs font-medium text-slate-600">New</span>
      <StageFields register={register} errorOf={errorOf} of="the new stage" />
      <span />
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add stage"}
        </Button>
      </div>
      <StageErrors errors={[errorOf("name"), errorOf("color"), errorOf("probability"), errorOf("kind"), errorOf("rottingDays"), formError]} />
    </form>
  );
}

/**
 * One pipeline in the editor: its name, its stages in order (each editable, movable up and down,
 * removable) and a row to add a stage; a deal pipeline without deals can be deleted.
 * @param deletable - whether it may be offered for deletion (a deal pipeline that is not the last).
 */
export function PipelineCard({ pipeline, deletable }: { pipeline: EditorPipeline; deletable: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pending, startTransition] = useTransition();
  const noun = pipeline.kind === "LEAD" ? "leads" : "deals";
  const records = pipeline.stages.reduce((sum, s) => sum + s.records, 0);

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: string }>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action();
      if (!result.ok) return setMessage(result.error);
      router.refresh();
    });

  const move = (index: number, direction: -1 | 1) => {
    const ids = pipeline.stages.map((s) => s.id);
    [ids[index], ids[index + direction]] = [ids[index + direction], ids[index]];
    run(() => reorderStagesAction(pipeline.id, { stageIds: ids }));
  };

  return (
    <Card data-testid={`pipeline-${pipeline.name}`}>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <div className="flex flex-wrap items-center gap-2">
          <PipelineName key={pipeline.name} pipeline={pipeline} />
          {pipeline.kind === "LEAD" ? <Badge tone="sky">Lead statuses</Badge> : <Badge>Deals</Badge>}
          {pipeline.kind === "DEAL" && pipeline.isDefault ? <Badge tone="green">Default</Badge> : null}
          <span className="text-xs text-slate-500">
            {records.toLocaleString("en")} {noun}
          </span>
        </div>
        {deletable ? (
          confirmDelete ? (
            <div role="group" aria-label="Confirm delete" className="flex items-center gap-2 text-sm">
              <span>Delete “{pipeline.name}”?</span>
              <Button size="sm" variant="danger" disabled={pending} onClick={() => run(() => deletePipelineAction(pipeline.id))}>
                Confirm delete
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(false)}>
                Cancel
              </Button>
            </div>
          ) : (
            <Button size="sm" variant="secondary" onClick={() => setConfirmDelete(true)}>
              Delete pipeline
            </Button>
          )
        ) : null}
      </div>
      {message ? (
        <p role="alert" className="bg-red-50 px-4 py-2 text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <div className="min-w-[56rem]">
          <div className={`${STAGE_GRID} px-4 pt-2 pb-1 text-xs font-semibold text-slate-500`} aria-hidden>
            <span>Order</span>
            <span>Colour</span>
            <span>Name</span>
            <span>Probability %</span>
            <span>Kind</span>
            <span>Rotting days</span>
            <span className="text-right">{pipeline.kind === "LEAD" ? "Leads" : "Deals"}</span>
            <span />
          </div>
          <ol>
            {pipeline.stages.map((s, i) => (
              <StageRow
                key={`${s.id}:${s.name}:${s.color}:${s.probability}:${s.kind}:${s.rottingDays}`}
                stage={s}
                others={pipeline.stages.filter((o) => o.id !== s.id)}
                noun={noun}
                first={i === 0}
                last={i === pipeline.stages.length - 1}
                reordering={pending}
                onMove={(direction) => move(i, direction)}
              />
            ))}
          </ol>
          <NewStageRow pipelineId={pipeline.id} />
        </div>
      </div>
    </Card>
  );
}
