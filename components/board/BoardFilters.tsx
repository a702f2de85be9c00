"use client";

import { useCallback } from "react";
import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { cn } from "@/lib/cn";
import type { BoardKind } from "@/lib/board/types";
import { boardSearch, type BoardQuery } from "@/lib/validation/board";
import type { UserSummary } from "@/server/services/users/manage-users";
import { useBoardDensity, type BoardDensity } from "./use-board-density";

const toSearch = ({ owner, tag, q }: BoardQuery & { page: number }) => boardSearch({ owner, tag, q });

/** Two buttons, one pressed: the card density of the board (remembered in this browser). */
function DensityToggle({ userId }: { userId: string }) {
  const [density, setDensity] = useBoardDensity(userId);
  const option = (value: BoardDensity, label: string) => (
    <button
      type="button"
      aria-pressed={density === value}
      onClick={() => setDensity(value)}
      className={cn("px-2.5 py-1.5 text-sm font-medium", density === value ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50")}
    >
      {label}
    </button>
  );
  return (
    <div role="group" aria-label="Card density" className="inline-flex overflow-hidden rounded-md border border-slate-300">
      {option("comfortable", "Comfortable")}
      {option("compact", "Compact")}
    </div>
  );
}

/** The board's search box and filters (owner, "my deals", tag), written to the URL, and the density toggle. */
export function BoardFilters({
  boardRef,
  kind,
  query,
  users,
  tags,
  userId,
}: {
  boardRef: string;
  kind: BoardKind;
  query: BoardQuery;
  users: UserSummary[];
  tags: string[];
  userId: string;
}) {
  const { update, pending, view } = useListUrl(`/board/${boardRef}`, { ...query, page: 1 }, toSearch);
  const records = kind === "deal" ? "deals" : "leads";
  const onlyMine = view.owner === "me";
  const clear = useCallback(() => update({ q: undefined, owner: undefined, tag: undefined }), [update]);
  return (
    <FilterBar
      q={query.q}
      searchLabel={`Search ${records}`}
      searchPlaceholder={kind === "deal" ? "Search title or company…" : "Search name, email, phone, website…"}
      onSearch={(q) => update({ q })}
      active={!!(query.q || query.owner || query.tag)}
      onClear={clear}
      pending={pending}
      aside={<DensityToggle userId={userId} />}
      collapsible
    >
      <button
        type="button"
        aria-pressed={onlyMine}
        onClick={() => update({ owner: onlyMine ? undefined : "me" })}
        className={cn(
          "h-9 rounded-md border px-3 text-sm font-medium",
          onlyMine ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
        )}
      >
        My {records}
      </button>
      <OwnerFilter value={view.owner} users={users} onChange={(owner) => update({ owner })} />
      <FilterSelect label="Tag" value={view.tag} options={textOptions(tags)} onChange={(tag) => update({ tag })} />
    </FilterBar>
  );
}
