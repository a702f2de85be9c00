"use client";

import { DayFilter } from "@/components/shared/DayFilter";
import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { TOUCH_TYPES, activityTypeLabel, outcomeLabel } from "@/lib/activities/activity-types";
import { OUTREACH_OUTCOMES } from "@/lib/enums";
import { outreachListSearch, type OutreachListQuery } from "@/lib/validation/outreach";
import type { UserSummary } from "@/server/services/users/manage-users";

/** The outreach list's search box and filters (type, outcome, days, who logged it); every change is written to the URL. */
export function OutreachFilters({ query, users }: { query: OutreachListQuery; users: UserSummary[] }) {
  const { update, pending, view } = useListUrl("/outreach", query, outreachListSearch);
  const active = [query.q, query.type, query.outcome, query.from, query.to, query.by].some(Boolean);
  return (
    <FilterBar
      q={query.q}
      searchLabel="Search outreach notes, leads and contacts"
      searchPlaceholder="Search notes, lead or contact…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() => update({ q: undefined, type: undefined, outcome: undefined, from: undefined, to: undefined, by: undefined })}
      pending={pending}
    >
      <FilterSelect
        label="Type"
        value={view.type}
        options={TOUCH_TYPES.map((t) => ({ value: t, label: activityTypeLabel(t) }))}
        onChange={(v) => update({ type: v as OutreachListQuery["type"] })}
      />
      <FilterSelect
        label="Outcome"
        value={view.outcome}
        options={OUTREACH_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))}
        onChange={(v) => update({ outcome: v as OutreachListQuery["outcome"] })}
      />
      <DayFilter label="From" ariaLabel="Filter from day" value={view.from} onChange={(from) => update({ from })} />
      <DayFilter label="To" ariaLabel="Filter to day" value={view.to} onChange={(to) => update({ to })} />
      <FilterSelect label="By" value={view.by} options={[{ value: "me", label: "Me" }, ...users.map((u) => ({ value: u.id, label: u.name }))]} onChange={(by) => update({ by })} />
    </FilterBar>
  );
}
