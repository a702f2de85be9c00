"use client";

import { FilterBar, ShowDeletedToggle } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions, type FilterOption } from "@/components/shared/FilterSelect";
import { NumberBoundFilter } from "@/components/shared/NumberBoundFilter";
import { useListUrl } from "@/components/shared/use-list-url";
import { COMPANY_STATUSES, enumLabel, type CompanyStatus } from "@/lib/enums";
import { companyListSearch, type CompanyListQuery } from "@/lib/validation/company";
import type { CompanyFilterOptions } from "@/server/services/companies/company-filter-options";
import type { UserSummary } from "@/server/services/users/manage-users";

const yesNo: FilterOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/**
 * The companies list's search box, filters and "Show deleted" toggle; every change is written to
 * the URL. Revenue filters: project type, hosting / SaaS active, MRR range (base currency).
 */
export function CompanyFilters({
  query,
  users,
  options,
  projectTypes,
  baseCurrency,
}: {
  query: CompanyListQuery;
  users: UserSummary[];
  options: CompanyFilterOptions;
  projectTypes: Array<{ id: string; name: string }>;
  baseCurrency: string;
}) {
  const { update, pending, view } = useListUrl("/companies", query, companyListSearch);
  const active =
    !!query.q ||
    query.tag.length > 0 ||
    [query.status, query.industry, query.city, query.country, query.owner, query.projectType, query.hosting, query.saas].some(Boolean) ||
    query.mrrMin !== undefined ||
    query.mrrMax !== undefined;

  return (
    <FilterBar
      q={query.q}
      searchLabel="Search companies by name or domain"
      searchPlaceholder="Search name or domain…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() =>
        update({
          q: undefined,
          status: undefined,
          industry: undefined,
          city: undefined,
          country: undefined,
          owner: undefined,
          tag: [],
          projectType: undefined,
          hosting: undefined,
          saas: undefined,
          mrrMin: undefined,
          mrrMax: undefined,
        })
      }
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
      <FilterSelect label="Project type" value={view.projectType} options={projectTypes.map((t) => ({ value: t.id, label: t.name }))} onChange={(projectType) => update({ projectType })} />
      <FilterSelect label="Hosting active" value={view.hosting} options={yesNo} onChange={(v) => update({ hosting: v as "yes" | "no" | undefined })} />
      <FilterSelect label="SaaS active" value={view.saas} options={yesNo} onChange={(v) => update({ saas: v as "yes" | "no" | undefined })} />
      <NumberBoundFilter label={`MRR from (${baseCurrency})`} value={view.mrrMin} onChange={(mrrMin) => update({ mrrMin })} />
      <NumberBoundFilter label={`MRR to (${baseCurrency})`} value={view.mrrMax} onChange={(mrrMax) => update({ mrrMax })} />
    </FilterBar>
  );
}
