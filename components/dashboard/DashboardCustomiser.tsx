"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveDashboardLayoutAction } from "@/app/(app)/actions";
import { Button } from "@/components/ui/button";
import type { LayoutEntry, WidgetId } from "@/lib/dashboard/widgets";

type Entry = LayoutEntry & { title: string };

/**
 * "Customise": a panel listing the widgets in the user's order, each with Show and Move up/down;
 * Save stores the layout (server action) and reloads the dashboard; Cancel forgets the changes.
 */
export function DashboardCustomiser({ layout, defaults }: { layout: Entry[]; defaults: Entry[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState(layout);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const move = (index: number, by: -1 | 1) =>
    setEntries((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const toggle = (id: WidgetId) => setEntries((current) => current.map((e) => (e.id === id ? { ...e, hidden: !e.hidden } : e)));
  const save = () =>
    startTransition(async () => {
      const result = await saveDashboardLayoutAction(entries.map(({ id, hidden }) => ({ id, hidden })));
      if (!result.ok) return setError(result.error);
      setError(null);
      setOpen(false);
      router.refresh();
    });

  if (!open) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          setEntries(layout);
          setOpen(true);
        }}
      >
        Customise
      </Button>
    );
  }
  return (
    <div className="fixed inset-0 z-40 flex items-start justify-end bg-slate-900/20 p-4" role="presentation">
      <section
        role="dialog"
        aria-modal="true"
        aria-labelledby="customise-title"
        onKeyDown={(event) => {
          if (event.key === "Escape" && !pending) setOpen(false);
        }}
        className="max-h-full w-full max-w-sm overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
      >
        <h2 id="customise-title" className="text-sm font-semibold text-slate-900">
          Customise the dashboard
        </h2>
        <p className="mt-1 text-xs text-slate-500">Show or hide widgets and put them in your order. Only you see this layout.</p>
        <ol className="mt-3 divide-y divide-slate-100" data-testid="customise-list">
          {entries.map((entry, i) => (
            <li key={entry.id} className="flex items-center gap-2 py-1.5 text-sm">
              <label className="flex flex-1 items-center gap-2">
                <input type="checkbox" checked={!entry.hidden} onChange={() => toggle(entry.id)} />
                <span className={entry.hidden ? "text-slate-400" : "text-slate-800"}>Show {entry.title}</span>
              </label>
              <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${entry.title} up`}>
                ↑
              </Button>
              <Button size="sm" variant="ghost" disabled={i === entries.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${entry.title} down`}>
                ↓
              </Button>
            </li>
          ))}
        </ol>
        {error ? (
          <p role="alert" className="mt-2 text-sm text-red-600">
            {error}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Button onClick={save} disabled={pending}>
            {pending ? "Saving…" : "Save layout"}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button variant="ghost" onClick={() => setEntries(defaults)} disabled={pending}>
            Reset to default
          </Button>
        </div>
      </section>
    </div>
  );
}
