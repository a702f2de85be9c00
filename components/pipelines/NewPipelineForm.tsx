"use client";

import { createPipelineAction } from "@/app/(app)/settings/pipelines/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { pipelineInputSchema } from "@/lib/validation/pipeline";

/** "New deal pipeline": a name and a button; the pipeline starts with a few stages to edit. */
export function NewPipelineForm() {
  const {
    register,
    reset,
    formState: { isSubmitting },
    onSubmit,
    errorOf,
    formError,
  } = useActionForm({
    schema: pipelineInputSchema,
    defaultValues: { name: "" },
    action: (data) => createPipelineAction(data),
    onSuccess: () => reset({ name: "" }),
  });
  const error = errorOf("name") ?? formError;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-1">
      <div className="flex gap-2">
        <Input aria-label="New pipeline name" placeholder="New deal pipeline, e.g. Jobs" className="w-64" aria-invalid={!!error} {...register("name")} />
        <Button type="submit" disabled={isSubmitting}>
          Add pipeline
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}
