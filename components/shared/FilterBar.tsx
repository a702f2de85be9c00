"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";

/**
 * A record list's search box and row of filters (the children). The search is applied on submit,
 * trimmed (blank: no search); "Clear filters" shows while any filter is `active`, and also empties
 * the box.
 * @param q - the list's current search, the box's starting text.
 * @param aside - controls shown beside the search box (e.g. "Show deleted").
 * @param collapsible - on narrow screens, hide the filters behind a "Filters" toggle.
 */
export function FilterBar({
  q,
  searchLabel,
  searchPlaceholder,
  onSearch,
  active,
  onClear,
  pending,
  aside,
  collapsible = false,
  children,
}: {
  q: string | undefined;
  searchLabel: string;
  searchPlaceholder: string;
  onSearch: (q: string | undefined) => void;
  active: boolean;
  onClear: () => void;
  pending: boolean;
  aside?: React.ReactNode;
  collapsible?: boolean;
  children: React.ReactNode;
}) {
  const [text, setText] = useState(q ?? "");
  const [showFilters, setShowFilters] = useState(false);

  return (
    <div className="mb-4 space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-3">
        <form
          role="search"
          className="flex w-full max-w-xl gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onSearch(text.trim() || undefined);
          }}
        >
          <Input type="search" aria-label={searchLabel} placeholder={searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        {aside}
      </div>
      {collapsible ? (
        <Button variant="secondary" size="sm" className="sm:hidden" aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
          {showFilters ? "Hide filters" : active ? "Filters (active)" : "Filters"}
        </Button>
      ) : null}
      <div className={cn(collapsible && !showFilters ? "hidden sm:flex" : "flex", "flex-wrap items-end gap-3")}>
        {children}
        {active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              onClear();
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The "Show deleted" toggle of a list of soft-deletable records. */
export function ShowDeletedToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} />
      Show deleted
    </label>
  );
}
