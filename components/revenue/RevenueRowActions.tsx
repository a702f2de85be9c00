"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelRecurringLineAction, deleteProjectAction, deleteRecurringLineAction } from "@/app/(app)/companies/[id]/revenue-actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { Button, LinkButton } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Edit and delete (with confirmation) on a project row of the company page. */
export function ProjectRowActions({ companyId, project }: { companyId: string; project: { id: string; name: string } }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-1">
      <LinkButton href={`/companies/${companyId}/projects/${project.id}/edit`} size="sm" variant="ghost" aria-label={`Edit “${project.name}”`}>
        Edit
      </LinkButton>
      <ConfirmDeleteButton size="sm" variant="ghost" name={`Delete “${project.name}”`} onConfirm={async () => failureOf(await deleteProjectAction(companyId, project.id))} onDeleted={() => router.refresh()} />
    </div>
  );
}

/**
 * Edit, Cancel (asks for the end date: the cancellation day, exclusive) and delete on a recurring
 * line row of the company page. An ended line offers no Cancel.
 */
export function RecurringLineRowActions({ companyId, line }: { companyId: string; line: { id: string; ended: boolean; label: string } }) {
  const router = useRouter();
  const [cancelling, setCancelling] = useState(false);
  const [endsDay, setEndsDay] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cancel = () =>
    startTransition(async () => {
      setError(null);
      const result = await cancelRecurringLineAction(companyId, line.id, endsDay);
      if (!result.ok) return setError(result.fieldErrors?.endsDay?.[0] ?? result.error);
      setCancelling(false);
      router.refresh();
    });

  if (cancelling) {
    return (
      <form
        className="flex flex-wrap items-center gap-2"
        aria-label={`Cancel ${line.label}`}
        onSubmit={(e) => {
          e.preventDefault();
          cancel();
        }}
      >
        <label className="text-xs text-slate-600" htmlFor={`ends-${line.id}`}>
          Ends on
        </label>
        <Input id={`ends-${line.id}`} type="date" required value={endsDay} onChange={(e) => setEndsDay(e.target.value)} className="w-40" />
        <Button type="submit" size="sm" variant="danger" disabled={pending}>
          {pending ? "Saving…" : "Confirm cancel"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setCancelling(false)}>
          Keep
        </Button>
        <InlineError message={error} />
      </form>
    );
  }
  return (
    <div className="flex items-center gap-1">
      <LinkButton href={`/companies/${companyId}/recurring-lines/${line.id}/edit`} size="sm" variant="ghost" aria-label={`Edit ${line.label} line`}>
        Edit
      </LinkButton>
      {line.ended ? null : (
        <Button size="sm" variant="ghost" onClick={() => setCancelling(true)} aria-label={`Cancel ${line.label} line`}>
          Cancel
        </Button>
      )}
      <ConfirmDeleteButton size="sm" variant="ghost" name={`Delete ${line.label} line`} onConfirm={async () => failureOf(await deleteRecurringLineAction(companyId, line.id))} onDeleted={() => router.refresh()} />
    </div>
  );
}
