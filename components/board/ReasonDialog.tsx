"use client";

import { useState } from "react";
import { Modal } from "@/components/activities/Modal";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

/**
 * Asks why a card was won or lost before the move is saved (the services require the reason).
 * Cancel, Escape or a click outside put the card back.
 * @param outcome - "won" or "lost", for the wording.
 */
export function ReasonDialog({
  title,
  stageName,
  outcome,
  onConfirm,
  onCancel,
}: {
  title: string;
  stageName: string;
  outcome: "won" | "lost";
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  return (
    <Modal title={`Move “${title}” to ${stageName}`} onClose={onCancel}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const text = reason.trim();
          if (!text) return setError(`Say why it was ${outcome}`);
          onConfirm(text);
        }}
      >
        <Field label={`Why was it ${outcome}?`} htmlFor="close-reason" error={error}>
          <Textarea
            id="close-reason"
            rows={3}
            maxLength={500}
            autoFocus
            value={reason}
            aria-invalid={!!error}
            aria-describedby={error ? "close-reason-error" : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant={outcome === "won" ? "primary" : "danger"}>
            Mark as {outcome}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
