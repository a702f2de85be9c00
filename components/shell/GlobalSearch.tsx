"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { searchAction } from "@/app/(app)/actions";
import { KindHit, SearchCombobox } from "@/components/shared/SearchCombobox";
import type { SearchHit } from "@/server/services/search/search-records";

const KIND_LABEL: Record<SearchHit["kind"], string> = { lead: "Lead", company: "Company", contact: "Contact" };

/** The global search box; Ctrl/Cmd+K focuses it from anywhere, and a chosen hit opens its record. */
export function GlobalSearch() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="w-full max-w-md">
      <SearchCombobox
        id="global-search"
        inputRef={input}
        ariaLabel="Search leads, companies and contacts"
        search={searchAction}
        onChoose={(hit) => router.push(hit.href)}
        hitKey={(hit) => `${hit.kind}-${hit.id}`}
        renderHit={(hit) => <KindHit kind={KIND_LABEL[hit.kind]} title={hit.title} subtitle={hit.subtitle} />}
        placeholder="Search… (Ctrl K)"
        emptyText="No matches"
      />
    </div>
  );
}
