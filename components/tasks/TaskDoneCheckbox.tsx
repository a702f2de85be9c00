"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { setTaskDoneAction } from "@/app/(app)/tasks/actions";
import { Checkbox } from "@/components/ui/input";

/**
 * The quick-complete checkbox of a task row: checking completes the task (recording it on the
 * linked records' timelines), unchecking reopens it. Shows the new state at once and refreshes
 * the page when the server has it.
 */
export function TaskDoneCheckbox({ taskId, title, done, disabled }: { taskId: string; title: string; done: boolean; disabled?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [checked, setChecked] = useOptimistic(done);
  return (
    <span className="inline-flex flex-col">
      <Checkbox
        className="mt-0.5 size-5 cursor-pointer disabled:cursor-not-allowed"
        aria-label={done ? `Reopen “${title}”` : `Complete “${title}”`}
        checked={checked}
        disabled={disabled || pending}
        onChange={(e) => {
          const next = e.target.checked;
          startTransition(async () => {
            setChecked(next);
            setError(null);
            const result = await setTaskDoneAction(taskId, next);
            if (!result.ok) return setError(result.error);
            router.refresh();
          });
        }}
      />
      {error ? (
        <span role="alert" className="sr-only">
          {error}
        </span>
      ) : null}
    </span>
  );
}
