"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addLeadNoteAction } from "@/app/(app)/leads/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";

/** Adds a note to a lead's timeline. */
export function NoteForm({ leadId }: { leadId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await addLeadNoteAction(leadId, { body });
          if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.error);
          setBody("");
          setError(null);
          router.refresh();
        });
      }}
    >
      <label htmlFor="note" className="sr-only">
        Note
      </label>
      <Textarea id="note" rows={3} placeholder="Add a note…" value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={!!error} />
      {error ? <p className="text-xs text-red-600" role="alert">{error}</p> : null}
      <Button type="submit" size="sm" disabled={pending || !body.trim()}>
        {pending ? "Adding…" : "Add note"}
      </Button>
    </form>
  );
}
