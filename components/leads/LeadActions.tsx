"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeLeadStageAction, deleteLeadAction } from "@/app/(app)/leads/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { LinkButton } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";

/** Status change, edit, convert and delete (confirmed) on the lead page. Choosing a won status offers conversion. */
export function LeadActions({ leadId, stageId, stages, converted }: { leadId: string; stageId: string; stages: StageSummary[]; converted: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-start gap-2">
        {!converted ? (
          <Select
            aria-label="Status"
            value={stageId}
            className="w-40"
            disabled={pending}
            onChange={(e) => {
              const next = e.target.value;
              startTransition(async () => {
                const result = await changeLeadStageAction(leadId, next);
                if (!result.ok) return setError(result.error);
                if (stages.find((s) => s.id === next)?.kind === "WON") router.push(`/leads/${leadId}/convert`);
                else router.refresh();
              });
            }}
          >
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        ) : null}
        <LinkButton href={`/leads/${leadId}/edit`}>Edit</LinkButton>
        {!converted ? (
          <LinkButton href={`/leads/${leadId}/convert`} variant="primary">
            Convert
          </LinkButton>
        ) : null}
        <ConfirmDeleteButton
          onConfirm={async () => failureOf(await deleteLeadAction(leadId))}
          onDeleted={() => {
            router.push("/leads");
            router.refresh();
          }}
        />
      </div>
      <InlineError message={error} />
    </div>
  );
}
