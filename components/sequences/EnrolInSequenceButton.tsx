"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { enrolInSequenceAction, listEnrollableSequencesAction } from "@/app/(app)/sequences/actions";
import { Modal } from "@/components/activities/Modal";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { EnrolInput } from "@/lib/validation/sequence";

/**
 * "Enrol in sequence…": opens a dialog listing the sequences (all but archived; read when it
 * opens), and enrols the chosen leads or contacts — or every lead the leads list's filters match.
 * Says how many were enrolled and how many already were.
 */
export function EnrolInSequenceButton({
  leadIds = [],
  contactIds = [],
  leadFilters,
  label = "Enrol in sequence…",
  size = "sm",
  onDone,
}: {
  leadIds?: string[];
  contactIds?: string[];
  leadFilters?: EnrolInput["leadFilters"];
  label?: string;
  size?: "sm" | "md";
  onDone?: (message: string) => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [sequences, setSequences] = useState<Array<{ id: string; name: string; status: string }> | null>(null);
  const [sequenceId, setSequenceId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const show = () => {
    setOpen(true);
    setDone(null);
    setError(null);
    startTransition(async () => {
      const result = await listEnrollableSequencesAction();
      if (result.ok) setSequences(result.data);
      else setError(result.error);
    });
  };
  const enrol = () =>
    startTransition(async () => {
      const result = await enrolInSequenceAction({ sequenceId, leadIds, contactIds, leadFilters });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const { enrolled, alreadyEnrolled } = result.data;
      const message = `Enrolled ${enrolled}${alreadyEnrolled ? `; ${alreadyEnrolled} already in this sequence` : ""}`;
      setError(null);
      setDone(message);
      onDone?.(message);
      router.refresh();
    });
  const count = leadIds.length + contactIds.length;
  return (
    <>
      <Button size={size} variant="secondary" onClick={show}>
        {label}
      </Button>
      {open ? (
        <Modal title="Enrol in a sequence" onClose={() => setOpen(false)}>
          <div className="space-y-3">
            <p className="text-sm text-slate-600">{leadFilters && !count ? "Every lead the list's filters match (up to 5,000)." : `${count} record${count === 1 ? "" : "s"} chosen.`} Records already in the sequence are left as they are.</p>
            <Select aria-label="Sequence" value={sequenceId} onChange={(e) => setSequenceId(e.target.value)}>
              <option value="">{sequences ? "Choose a sequence…" : "Loading…"}</option>
              {(sequences ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.status !== "ACTIVE" ? ` (${s.status.toLowerCase()})` : ""}
                </option>
              ))}
            </Select>
            {sequences && !sequences.length ? <p className="text-sm text-slate-500">No sequences yet: build one under Sequences.</p> : null}
            <InlineError message={error} />
            {done ? (
              <p className="text-sm text-green-700" role="status">
                {done}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={() => setOpen(false)}>
                {done ? "Close" : "Cancel"}
              </Button>
              <Button disabled={!sequenceId || pending || Boolean(done)} onClick={enrol}>
                Enrol
              </Button>
            </div>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
