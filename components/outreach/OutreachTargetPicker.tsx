"use client";

import { useState } from "react";
import { searchOutreachTargetsAction } from "@/app/(app)/outreach/actions";
import { useSearchCombobox } from "@/components/shared/use-search-combobox";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { OutreachTarget } from "@/server/services/outreach/search-outreach-targets";

export type PickedTarget = Pick<OutreachTarget, "kind" | "id" | "title">;

const KIND_LABEL = { lead: "Lead", contact: "Contact" } as const;

/** Chooses the lead or contact a touch was with, by typing part of a name, email or phone (searched as you type). */
export function OutreachTargetPicker({ id, value, onChange }: { id: string; value: PickedTarget | null; onChange: (target: PickedTarget | null) => void }) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const choose = (hit: OutreachTarget | undefined) => {
    if (!hit) return;
    onChange({ kind: hit.kind, id: hit.id, title: hit.title });
    setOpen(false);
    setQuery("");
  };
  const { hits, active, pending, onKeyDown } = useSearchCombobox({
    query,
    enabled: open && query.trim().length >= 2,
    search: searchOutreachTargetsAction,
    onChoose: choose,
    onClose: () => setOpen(false),
  });

  if (value) {
    return (
      <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 text-sm">
        <span className="truncate" id={id} data-testid="outreach-target">
          <span className="text-xs text-slate-500">{KIND_LABEL[value.kind]}</span> <span className="font-medium text-slate-900">{value.title}</span>
        </span>
        <Button variant="ghost" size="sm" onClick={() => onChange(null)} aria-label={`Change (now ${value.title})`}>
          Change
        </Button>
      </div>
    );
  }

  const listId = `${id}-options`;
  const searching = open && query.trim().length >= 2;
  return (
    <div className="relative">
      <Input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={searching}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={searching && hits[active] ? `${listId}-${hits[active].kind}-${hits[active].id}` : undefined}
        placeholder="Type a lead or contact name…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {searching ? (
        <ul id={listId} role="listbox" className="absolute top-10 right-0 left-0 z-30 max-h-60 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {hits.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : "No leads or contacts found"}</li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={`${hit.kind}-${hit.id}`}
                id={`${listId}-${hit.kind}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
              >
                <span className="w-14 shrink-0 text-xs text-slate-500">{KIND_LABEL[hit.kind]}</span>
                <span className="font-medium text-slate-900">{hit.title}</span>
                {hit.subtitle ? <span className="truncate text-xs text-slate-500">{hit.subtitle}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
