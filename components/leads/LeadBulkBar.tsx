"use client";

import { useState, useTransition } from "react";
import { auditLeadsAction, bulkLeadAction } from "@/app/(app)/leads/actions";
import { EnrolInSequenceButton } from "@/components/sequences/EnrolInSequenceButton";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { Role } from "@/lib/enums";
import type { BulkLeadAction } from "@/lib/validation/lead";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";

/** Actions on the selected leads: change status, assign owner, add tag, audit websites (queued), delete (confirmed). */
export function LeadBulkBar({
  leadIds,
  stages,
  users,
  viewer,
  onDone,
  onError,
}: {
  leadIds: string[];
  stages: StageSummary[];
  users: UserSummary[];
  viewer: { id: string; role: Role };
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [stageId, setStageId] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [tag, setTag] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const count = leadIds.length;
  const noun = `lead${count === 1 ? "" : "s"}`;

  const run = (action: BulkLeadAction, done: string) =>
    startTransition(async () => {
      const result = await bulkLeadAction(action);
      if (result.ok) onDone(done);
      else onError(result.error);
    });

  const audit = () =>
    startTransition(async () => {
      const result = await auditLeadsAction({ leadIds });
      if (result.ok) onDone(`Website audit queued for ${count} ${noun}; results appear on each lead page`);
      else onError(result.error);
    });

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 p-2 text-sm" role="region" aria-label="Bulk actions">
      <strong className="px-1">
        {count} {noun} selected
      </strong>
      <Select aria-label="New status" value={stageId} onChange={(e) => setStageId(e.target.value)} className="h-8 w-40">
        <option value="">Change status…</option>
        {stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <Button size="sm" variant="secondary" disabled={!stageId || pending} onClick={() => run({ action: "stage", leadIds, stageId }, `Status changed on ${count} ${noun}`)}>
        Apply
      </Button>
      {viewer.role !== "SALES" ? (
        <>
          <Select aria-label="New owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} className="h-8 w-40">
            <option value="">Assign owner…</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
          <Button size="sm" variant="secondary" disabled={!ownerId || pending} onClick={() => run({ action: "owner", leadIds, ownerId }, `Assigned ${count} ${noun}`)}>
            Assign
          </Button>
        </>
      ) : null}
      <Input aria-label="Tag to add" placeholder="Add tag…" value={tag} onChange={(e) => setTag(e.target.value)} className="h-8 w-36" />
      <Button size="sm" variant="secondary" disabled={!tag.trim() || pending} onClick={() => run({ action: "tag", leadIds, tag: tag.trim() }, `Tagged ${count} ${noun}`)}>
        Add tag
      </Button>
      <Button size="sm" variant="secondary" disabled={pending} onClick={audit}>
        Audit websites
      </Button>
      <EnrolInSequenceButton leadIds={leadIds} onDone={onDone} />
      {confirming ? (
        <span className="flex items-center gap-2" role="alertdialog" aria-label="Confirm delete">
          Delete {count} {noun}? This cannot be undone.
          <Button size="sm" variant="danger" disabled={pending} onClick={() => run({ action: "delete", leadIds }, `Deleted ${count} ${noun}`)}>
            Delete
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <Button size="sm" variant="danger" className="ml-auto" onClick={() => setConfirming(true)}>
          Delete…
        </Button>
      )}
    </div>
  );
}
