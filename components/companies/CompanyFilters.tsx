"use client";

import { FilterBar, ShowDeletedToggle } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { COMPANY_STATUSES, enumLabel, type CompanyStatus } from "@/lib/enums";
import { companyListSearch, type CompanyListQuery } from "@/lib/validation/company";
import type { CompanyFilterOptions } from "@/server/services/companies/company-filter-options";
import type { UserSummary } from "@/server/services/users/manage-users";

/** The companies list's search box, filters and "Show deleted" toggle; every change is written to the URL. */
export function CompanyFilters({ query, users, options }: { query: CompanyListQuery; users: UserSummary[]; options: CompanyFilterOptions }) {
  const { update, pending, view } = useListUrl("/companies", query, companyListSearch);
  const active = !!query.q || query.tag.length > 0 || [query.status, query.industry, query.city, query.country, query.owner].some(Boolean);

  return (
    <FilterBar
      q={query.q}
      searchLabel="Search companies by name or domain"
      searchPlaceholder="Search name or domain…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() => update({ q: undefined, status: undefined, industry: undefined, city: undefined, country: undefined, owner: undefined, tag: [] })}
      pending={pending}
      aside={<ShowDeletedToggle checked={view.view === "deleted"} onChange={(deleted) => update({ view: deleted ? "deleted" : "active" })} />}
    >
      <FilterSelect
        label="Status"
        value={view.status}
        options={COMPANY_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }))}
        onChange={(v) => update({ status: v as CompanyStatus | undefined })}
      />
      <FilterSelect label="Industry" value={view.industry} options={textOptions(options.industries)} onChange={(v) => update({ industry: v })} />
      <FilterSelect label="City" value={view.city} options={textOptions(options.cities)} onChange={(v) => update({ city: v })} />
      <FilterSelect label="Country" value={view.country} options={textOptions(options.countries)} onChange={(v) => update({ country: v })} />
      <OwnerFilter value={view.owner} users={users} onChange={(owner) => update({ owner })} />
      <FilterSelect label="Tag" value={view.tag[0]} options={textOptions(options.tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
    </FilterBar>
  );
}
