"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeProjectTypeAction, saveProjectTypeAction } from "@/app/(app)/settings/revenue/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/server/action";

type TypeItem = { id: string; name: string; archived: boolean; projects: number };

/**
 * Settings → Revenue → Project types (admins): rename each type in place, move it up or down
 * (the order forms offer them in), archive it (its projects keep it; new projects cannot choose
 * it) or restore it, and add a type at the end.
 */
export function ProjectTypesManager({ types }: { types: TypeItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) return setError(result.fieldErrors?.name?.[0] ?? result.error);
      after?.();
      router.refresh();
    });

  return (
    <div className="space-y-3 p-4">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="project-types">
        {types.map((t, i) => (
          <li key={t.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
            <form
              className="flex flex-1 items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                const name = String(new FormData(e.currentTarget).get("name") ?? "");
                run(() => saveProjectTypeAction(t.id, { name }));
              }}
            >
              <Input name="name" aria-label={`Name of ${t.name}`} defaultValue={t.name} maxLength={60} className="max-w-56" />
              <Button type="submit" size="sm" variant="ghost" disabled={pending}>
                Rename
              </Button>
            </form>
            <span className="text-xs text-slate-500">
              {t.projects} project{t.projects === 1 ? "" : "s"}
            </span>
            {t.archived ? <Badge>Archived</Badge> : null}
            <Button size="sm" variant="ghost" disabled={pending || i === 0} aria-label={`Move ${t.name} up`} onClick={() => run(() => changeProjectTypeAction(t.id, "up"))}>
              ↑
            </Button>
            <Button size="sm" variant="ghost" disabled={pending || i === types.length - 1} aria-label={`Move ${t.name} down`} onClick={() => run(() => changeProjectTypeAction(t.id, "down"))}>
              ↓
            </Button>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => changeProjectTypeAction(t.id, t.archived ? "restore" : "archive"))}>
              {t.archived ? "Restore" : "Archive"}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => saveProjectTypeAction(null, { name: newName }), () => setNewName(""));
        }}
      >
        <Input aria-label="New project type" placeholder="New type, e.g. Branding" value={newName} maxLength={60} onChange={(e) => setNewName(e.target.value)} className="max-w-56" />
        <Button type="submit" size="sm" disabled={pending}>
          Add type
        </Button>
      </form>
      <InlineError message={error} />
    </div>
  );
}
