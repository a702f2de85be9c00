"use client";

import { useState, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/server/action";
import { useSearchCombobox } from "./use-search-combobox";

/**
 * A search box whose hits, searched on the server as you type (useSearchCombobox), open in a
 * list below it: arrow keys and Enter or a click choose a hit, Escape closes the list. The box
 * empties after a choice.
 * @param minLength - characters typed before it searches (0: on focus).
 * @param hitKey - a key unique among the hits (also their element ids).
 * @param renderHit - the inside of a hit's row.
 */
export function SearchCombobox<Hit>({
  id,
  search,
  onChoose,
  hitKey,
  renderHit,
  placeholder,
  emptyText,
  minLength = 2,
  invalid,
  inputRef,
  ariaLabel,
}: {
  id: string;
  search: (query: string) => Promise<ActionResult<Hit[]>>;
  onChoose: (hit: Hit) => void;
  hitKey: (hit: Hit) => string;
  renderHit: (hit: Hit) => ReactNode;
  placeholder: string;
  emptyText: string;
  minLength?: number;
  invalid?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  ariaLabel?: string;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const visible = open && query.trim().length >= minLength;
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setQuery("");
  };
  const { hits, active, pending, onKeyDown } = useSearchCombobox({ query, enabled: visible, search, onChoose: choose, onClose: () => setOpen(false) });
  const listId = `${id}-options`;
  const optionId = (hit: Hit) => `${listId}-${hitKey(hit)}`;

  return (
    <div className="relative">
      <Input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={visible}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        aria-activedescendant={visible && hits[active] ? optionId(hits[active]) : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        aria-label={ariaLabel}
      />
      {visible ? (
        <ul id={listId} role="listbox" className="absolute top-10 right-0 left-0 z-50 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {hits.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : emptyText}</li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={hitKey(hit)}
                id={optionId(hit)}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
              >
                {renderHit(hit)}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}

/** A picker's chosen value in place of its search box, with a button to choose again. */
export function PickedValue({ id, testId, changeLabel, onChange, children }: { id: string; testId: string; changeLabel: string; onChange: () => void; children: ReactNode }) {
  return (
    <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 text-sm">
      <span className="truncate" id={id} data-testid={testId}>
        {children}
      </span>
      <Button variant="ghost" size="sm" onClick={onChange} aria-label={changeLabel}>
        Change
      </Button>
    </div>
  );
}

/** A hit row of records of several kinds: the kind, the title and a grey subtitle. */
export function KindHit({ kind, title, subtitle }: { kind: string; title: string; subtitle?: string | null }) {
  return (
    <>
      <span className="w-16 shrink-0 text-xs text-slate-500">{kind}</span>
      <span className="font-medium text-slate-900">{title}</span>
      {subtitle ? <span className="truncate text-xs text-slate-500">{subtitle}</span> : null}
    </>
  );
}
