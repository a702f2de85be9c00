"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteActivityAction } from "@/app/(app)/activities/actions";
import { Button } from "@/components/ui/button";
import { EditActivityForm } from "./EditActivityForm";
import type { EditableActivity } from "./editable-activity";
import { Modal } from "./Modal";

/** Edit (in a dialog) and Delete (confirmed) on a timeline entry the viewer may change. */
export function ActivityEntryActions({ activity, timeZone }: { activity: EditableActivity; timeZone: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await deleteActivityAction(activity.id);
      if (!result.ok) return setError(result.error);
      setConfirming(false);
      router.refresh();
    });

  return (
    <span className="ml-auto inline-flex items-center gap-1">
      {confirming ? (
        <>
          <Button variant="danger" size="sm" className="h-6 px-2 text-xs" disabled={pending} onClick={remove}>
            Confirm delete
          </Button>
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </>
      ) : (
        <>
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        </>
      )}
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
      {editing ? (
        <Modal title="Edit activity" onClose={() => setEditing(false)}>
          <EditActivityForm activity={activity} timeZone={timeZone} onDone={() => setEditing(false)} />
        </Modal>
      ) : null}
    </span>
  );
}
