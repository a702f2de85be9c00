"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { logActivityAction } from "@/app/(app)/activities/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { ActivityTarget } from "./activity-target";
import { FormattingHint } from "./FormattingHint";

/** Adds a note (basic markdown) to a record's timeline. */
export function NoteForm({ target }: { target: ActivityTarget }) {
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
          const result = await logActivityAction({ type: "NOTE", body, ...target });
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
      <Textarea
        id="note"
        rows={3}
        placeholder="Add a note…"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={!!error}
        aria-describedby="note-hint"
      />
      <FormattingHint id="note-hint" />
      {error ? (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="sm" disabled={pending || !body.trim()}>
        {pending ? "Adding…" : "Add note"}
      </Button>
    </form>
  );
}
