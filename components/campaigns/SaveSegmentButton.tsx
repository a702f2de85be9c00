"use client";

import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { createSegmentAction } from "@/app/(app)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * "Save as segment" on the leads or contacts list: names the list's current filters (from the URL)
 * as a campaign audience, optionally only records with an email and with no outbound touch for N days.
 */
export function SaveSegmentButton({ kind }: { kind: "LEADS" | "CONTACTS" }) {
  // Never null under the App Router; typed nullable because the app also has a Pages Router route (pages/api).
  const params = useSearchParams() ?? new URLSearchParams();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [hasEmail, setHasEmail] = useState(true);
  const [noTouchDays, setNoTouchDays] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Save as segment
      </Button>
    );
  }
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const filters: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      filters[key] = values.length > 1 ? values : values[0];
    }
    if (hasEmail) filters.hasEmail = "yes";
    if (noTouchDays) filters.noTouchDays = noTouchDays;
    startTransition(async () => {
      const result = await createSegmentAction({ name, kind, filters });
      setMessage(result.ok ? { ok: true, text: `Saved “${name}”: choose it as a campaign's audience` } : { ok: false, text: result.fieldErrors?.name?.join(", ") ?? result.error });
    });
  };
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 p-2" aria-label="Save as segment">
      <Input aria-label="Segment name" placeholder="Segment name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} className="w-48" />
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" checked={hasEmail} onChange={(e) => setHasEmail(e.target.checked)} /> has email
      </label>
      <label className="flex items-center gap-1 text-sm">
        no touch for
        <Input aria-label="No touch for days" type="number" min={1} max={3650} value={noTouchDays} onChange={(e) => setNoTouchDays(e.target.value)} className="w-20" />
        days
      </label>
      <Button type="submit" disabled={pending}>
        Save
      </Button>
      {message ? (
        <span role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-700" : "text-sm text-red-700"}>
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
