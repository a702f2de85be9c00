"use client";

import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions, type FilterOption } from "@/components/shared/FilterSelect";
import { NumberBoundFilter } from "@/components/shared/NumberBoundFilter";
import { useListUrl } from "@/components/shared/use-list-url";
import { TEMPERATURES, WEBSITE_ISSUES, enumLabel } from "@/lib/enums";
import { leadListSearch, type LeadListQuery } from "@/lib/validation/lead-list";
import type { LeadFilterOptions } from "@/server/services/leads/lead-filter-options";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";

const yesNo: FilterOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The leads list's search box and filters (behind a toggle on phones); every change is written to the URL. */
export function LeadFilters({
  query,
  stages,
  users,
  options,
}: {
  query: LeadListQuery;
  stages: StageSummary[];
  users: UserSummary[];
  options: LeadFilterOptions;
}) {
  const { update, pending, view } = useListUrl("/leads", query, leadListSearch);
  const active =
    !!query.q ||
    [query.stage, query.temperature, query.websiteIssue, query.tag].some((v) => v.length) ||
    [query.niche, query.source, query.owner, query.city, query.country, query.hasWebsite, query.demoSite, query.followUp].some(Boolean) ||
    query.scoreMin !== undefined ||
    query.scoreMax !== undefined;

  return (
    <FilterBar
      q={query.q}
      searchLabel="Search leads by name, email, phone or website"
      searchPlaceholder="Search name, email, phone, website…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() =>
        update({
          q: undefined, stage: [], temperature: [], scoreMin: undefined, scoreMax: undefined, websiteIssue: [], tag: [], niche: undefined, source: undefined, owner: undefined,
          city: undefined, country: undefined, hasWebsite: undefined, demoSite: undefined, followUp: undefined,
        })
      }
      pending={pending}
      collapsible
    >
      <FilterSelect label="Status" value={view.stage[0]} options={stages.map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => update({ stage: v ? [v] : [] })} />
      <FilterSelect label="Temperature" value={view.temperature[0]} options={TEMPERATURES.map((t) => ({ value: t, label: enumLabel(t) }))} onChange={(v) => update({ temperature: v ? [v as (typeof TEMPERATURES)[number]] : [] })} />
      <NumberBoundFilter label="Score from" value={view.scoreMin} onChange={(scoreMin) => update({ scoreMin })} max={100} wholeNumbers />
      <NumberBoundFilter label="Score to" value={view.scoreMax} onChange={(scoreMax) => update({ scoreMax })} max={100} wholeNumbers />
      <FilterSelect label="Follow-up" value={view.followUp} options={[{ value: "today", label: "Due today" }, { value: "overdue", label: "Overdue" }, { value: "none", label: "None set" }]} onChange={(v) => update({ followUp: v as LeadListQuery["followUp"] })} />
      <OwnerFilter value={view.owner} users={users} onChange={(owner) => update({ owner })} />
      <FilterSelect label="Niche" value={view.niche} options={textOptions(options.niches)} onChange={(v) => update({ niche: v })} />
      <FilterSelect label="Source" value={view.source} options={textOptions(options.sources)} onChange={(v) => update({ source: v })} />
      <FilterSelect label="City" value={view.city} options={textOptions(options.cities)} onChange={(v) => update({ city: v })} />
      <FilterSelect label="Country" value={view.country} options={textOptions(options.countries)} onChange={(v) => update({ country: v })} />
      <FilterSelect label="Has website" value={view.hasWebsite} options={yesNo} onChange={(v) => update({ hasWebsite: v as "yes" | "no" | undefined })} />
      <FilterSelect
        label="Website issue"
        value={view.websiteIssue[0]}
        options={WEBSITE_ISSUES.map((w) => ({ value: w, label: enumLabel(w) }))}
        onChange={(v) => update({ websiteIssue: v ? [v as (typeof WEBSITE_ISSUES)[number]] : [] })}
      />
      <FilterSelect label="Demo site built" value={view.demoSite} options={yesNo} onChange={(v) => update({ demoSite: v as "yes" | "no" | undefined })} />
      <FilterSelect label="Tag" value={view.tag[0]} options={textOptions(options.tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
    </FilterBar>
  );
}
