"use client";

import { DayFilter } from "@/components/shared/DayFilter";
import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { Checkbox } from "@/components/ui/input";
import { DEAL_STATUSES, dealListSearch, type DealListQuery, type DealStatus } from "@/lib/validation/deal";
import { enumLabel } from "@/lib/enums";
import type { DealPipelineOption } from "@/server/services/pipelines/list-deal-pipelines";
import type { UserSummary } from "@/server/services/users/manage-users";

/**
 * The deals list's search box and filters: pipeline, stage (of the chosen pipeline, or of all),
 * status, owner and "My deals", tag and an expected close range. Every change is written to the URL.
 */
export function DealFilters({ query, pipelines, users, tags }: { query: DealListQuery; pipelines: DealPipelineOption[]; users: UserSummary[]; tags: string[] }) {
  const { update, pending, view } = useListUrl("/deals", query, dealListSearch);
  const active = !!query.q || query.tag.length > 0 || [query.pipeline, query.stage, query.owner, query.status, query.closeFrom, query.closeTo].some(Boolean);
  const shown = view.pipeline ? pipelines.filter((p) => p.id === view.pipeline) : pipelines;
  const stageOptions = shown.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: pipelines.length > 1 && !view.pipeline ? `${p.name}: ${s.name}` : s.name })));

  return (
    <FilterBar
      q={query.q}
      searchLabel="Search deals by title or company"
      searchPlaceholder="Search title or company…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() => update({ q: undefined, pipeline: undefined, stage: undefined, owner: undefined, status: undefined, tag: [], closeFrom: undefined, closeTo: undefined })}
      pending={pending}
      aside={
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <Checkbox checked={view.owner === "me"} onChange={(e) => update({ owner: e.target.checked ? "me" : undefined })} />
          My deals
        </label>
      }
      collapsible
    >
      <FilterSelect label="Pipeline" value={view.pipeline} options={pipelines.map((p) => ({ value: p.id, label: p.name }))} onChange={(pipeline) => update({ pipeline, stage: undefined })} />
      <FilterSelect label="Stage" value={view.stage} options={stageOptions} onChange={(stage) => update({ stage })} />
      <FilterSelect label="Status" value={view.status} options={DEAL_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }))} onChange={(v) => update({ status: v as DealStatus | undefined })} />
      <OwnerFilter value={view.owner} users={users} onChange={(owner) => update({ owner })} />
      <FilterSelect label="Tag" value={view.tag[0]} options={textOptions(tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
      <DayFilter label="Closing from" value={view.closeFrom} onChange={(closeFrom) => update({ closeFrom })} />
      <DayFilter label="Closing until" value={view.closeTo} onChange={(closeTo) => update({ closeTo })} />
    </FilterBar>
  );
}
