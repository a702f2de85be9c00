"use client";

import { useState } from "react";
import { searchCompaniesAction } from "@/app/(app)/companies/actions";
import { useSearchCombobox } from "@/components/shared/use-search-combobox";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CompanyOption } from "@/server/services/companies/search-companies";

export type PickedCompany = { id: string; name: string };

/**
 * Chooses an active company by typing part of its name or domain (searched on the server as you
 * type). Shows the chosen company with a button to change it.
 */
export function CompanyPicker({
  id,
  value,
  onChange,
  invalid,
  placeholder = "Type to search companies…",
}: {
  id: string;
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  invalid?: boolean;
  placeholder?: string;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const choose = (hit: CompanyOption | undefined) => {
    if (!hit) return;
    onChange({ id: hit.id, name: hit.name });
    setOpen(false);
    setQuery("");
  };
  const { hits, active, pending, onKeyDown } = useSearchCombobox({
    query,
    enabled: open,
    search: searchCompaniesAction,
    onChoose: choose,
    onClose: () => setOpen(false),
  });

  if (value) {
    return (
      <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 text-sm">
        <span className="truncate font-medium text-slate-900" id={id} data-testid="picked-company">
          {value.name}
        </span>
        <Button variant="ghost" size="sm" onClick={() => onChange(null)} aria-label={`Change company (now ${value.name})`}>
          Change
        </Button>
      </div>
    );
  }

  const listId = `${id}-options`;
  return (
    <div className="relative">
      <Input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        aria-activedescendant={open && hits[active] ? `${listId}-${hits[active].id}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute top-10 right-0 left-0 z-30 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {hits.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : "No companies found"}</li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={hit.id}
                id={`${listId}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
              >
                <span className="font-medium text-slate-900">{hit.name}</span>
                {hit.domain || hit.city ? <span className="truncate text-xs text-slate-500">{hit.domain ?? hit.city}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
