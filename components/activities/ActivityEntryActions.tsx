"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteActivityAction } from "@/app/(app)/activities/actions";
import { Button } from "@/components/ui/button";
import { EditActivityForm } from "./EditActivityForm";
import type { EditableActivity } from "./editable-activity";
import { Modal } from "./Modal";

/**
 * The options of a timeline entry the viewer may change, behind one "⋯" button (so pages keep a
 * single "Edit" and "Delete" of their own): Edit (in a dialog) and Delete (confirmed).
 */
export function ActivityEntryActions({ activity, timeZone }: { activity: EditableActivity; timeZone: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await deleteActivityAction(activity.id);
      if (!result.ok) return setError(result.error);
      setConfirming(false);
      setOpen(false);
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
      ) : open ? (
        <>
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        </>
      ) : null}
      {!confirming ? (
        <Button variant="ghost" size="sm" className="h-6 px-1.5 text-xs" aria-label="Entry options" aria-expanded={open} title="Edit or delete" onClick={() => setOpen((v) => !v)}>
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden>
            <path d="M4 10a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm4.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm4.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Z" />
          </svg>
        </Button>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
      {editing ? (
        <Modal title="Edit activity" onClose={() => setEditing(false)}>
          <EditActivityForm
            activity={activity}
            timeZone={timeZone}
            onDone={() => {
              setEditing(false);
              setOpen(false);
            }}
          />
        </Modal>
      ) : null}
    </span>
  );
}
