"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { searchAction } from "@/app/(app)/actions";
import { useSearchCombobox } from "@/components/shared/use-search-combobox";
import type { SearchHit } from "@/server/services/search/search-records";

const KIND_LABEL: Record<SearchHit["kind"], string> = { lead: "Lead", company: "Company", contact: "Contact" };

/** The global search box; Ctrl/Cmd+K focuses it from anywhere. */
export function GlobalSearch() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const { hits, setHits, active, pending, onKeyDown } = useSearchCombobox({
    query,
    enabled: query.trim().length >= 2,
    search: searchAction,
    onChoose: go,
    onClose: () => setOpen(false),
  });

  function go(hit: SearchHit | undefined) {
    if (!hit) return;
    setOpen(false);
    setQuery("");
    setHits([]);
    router.push(hit.href);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const visible = open && query.trim().length >= 2;
  return (
    <div className="relative w-full max-w-md">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={visible}
        aria-controls="global-search-results"
        aria-label="Search leads, companies and contacts"
        placeholder="Search… (Ctrl K)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="h-9 w-full rounded-md border border-slate-300 bg-slate-50 px-3 text-sm focus:border-brand-500 focus:bg-white focus:outline-2 focus:outline-brand-500/30"
      />
      {visible ? (
        <ul
          id="global-search-results"
          role="listbox"
          className="absolute top-11 right-0 left-0 z-50 max-h-96 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {hits.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : "No matches"}</li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={`${hit.kind}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(hit);
                }}
                className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
              >
                <span className="w-16 shrink-0 text-xs text-slate-500">{KIND_LABEL[hit.kind]}</span>
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
