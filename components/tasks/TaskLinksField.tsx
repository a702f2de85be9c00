"use client";

import { useState } from "react";
import { searchAction } from "@/app/(app)/actions";
import { useSearchCombobox } from "@/components/shared/use-search-combobox";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TaskLinkField } from "@/lib/validation/task";
import type { SearchHit } from "@/server/services/search/search-records";

/** A record a task is linked to, with the name the form shows. */
export type TaskLinkChoice = { field: TaskLinkField; id: string; name: string };

const FIELD_OF_KIND: Record<string, TaskLinkField | undefined> = { lead: "leadId", contact: "contactId", company: "companyId", deal: "dealId" };
export const LINK_LABELS: Record<TaskLinkField, string> = { leadId: "Lead", contactId: "Contact", companyId: "Company", dealId: "Deal" };

/**
 * The records a task is linked to (at most one of each kind), each removable, and a search box
 * (the global search, as you type) to link another; choosing a record of a kind already linked
 * replaces it.
 */
export function TaskLinksField({ id, value, onChange, error }: { id: string; value: TaskLinkChoice[]; onChange: (links: TaskLinkChoice[]) => void; error?: string }) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const choose = (hit: SearchHit | undefined) => {
    const field = hit && FIELD_OF_KIND[hit.kind];
    if (!hit || !field) return;
    onChange([...value.filter((link) => link.field !== field), { field, id: hit.id, name: hit.title }]);
    setOpen(false);
    setQuery("");
  };
  const { hits, active, pending, onKeyDown } = useSearchCombobox({
    query,
    enabled: open && query.trim().length >= 2,
    search: searchAction,
    onChoose: choose,
    onClose: () => setOpen(false),
  });
  const listId = `${id}-options`;
  const visible = open && query.trim().length >= 2;

  return (
    <div className="space-y-2">
      {value.length ? (
        <ul className="flex flex-wrap gap-2" data-testid="task-links">
          {value.map((link) => (
            <li key={link.field} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm">
              <span className="text-slate-500">{LINK_LABELS[link.field]}:</span> <span className="font-medium text-slate-900">{link.name}</span>
              <Button variant="ghost" size="sm" className="h-6 px-1.5" aria-label={`Unlink ${LINK_LABELS[link.field].toLowerCase()} ${link.name}`} onClick={() => onChange(value.filter((l) => l.field !== link.field))}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <Input
          id={id}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-expanded={visible}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={!!error}
          aria-activedescendant={visible && hits[active] ? `${listId}-${hits[active].kind}-${hits[active].id}` : undefined}
          placeholder="Search a lead, contact or company to link…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {visible ? (
          <ul id={listId} role="listbox" className="absolute top-10 right-0 left-0 z-30 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
            {hits.length === 0 ? (
              <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : "Nothing found"}</li>
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
                  <span className="w-16 shrink-0 text-xs text-slate-500">{LINK_LABELS[FIELD_OF_KIND[hit.kind] ?? "leadId"]}</span>
                  <span className="font-medium text-slate-900">{hit.title}</span>
                  {hit.subtitle ? <span className="truncate text-xs text-slate-500">{hit.subtitle}</span> : null}
                </li>
              ))
            )}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
