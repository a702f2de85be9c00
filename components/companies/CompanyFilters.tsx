"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/input";
import { COMPANY_STATUSES, enumLabel, type CompanyStatus } from "@/lib/enums";
import { companyListSearch, type CompanyListQuery } from "@/lib/validation/company";
import type { CompanyFilterOptions } from "@/server/services/companies/company-filter-options";
import type { UserSummary } from "@/server/services/users/manage-users";
import { FilterSelect } from "./FilterSelect";
import { useListUrl } from "./use-list-url";

const list = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/** The companies list's search box, filters and "Show deleted" toggle; every change is written to the URL. */
export function CompanyFilters({ query, users, options }: { query: CompanyListQuery; users: UserSummary[]; options: CompanyFilterOptions }) {
  const { update, pending, view } = useListUrl("/companies", query, companyListSearch);
  const [text, setText] = useState(query.q ?? "");
  const active = !!query.q || query.tag.length > 0 || [query.status, query.industry, query.city, query.country, query.owner].some(Boolean);

  return (
    <div className="mb-4 space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-3">
        <form
          role="search"
          className="flex w-full max-w-xl gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: text.trim() || undefined });
          }}
        >
          <Input
            type="search"
            aria-label="Search companies by name or domain"
            placeholder="Search name or domain…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <Checkbox checked={view.view === "deleted"} onChange={(e) => update({ view: e.target.checked ? "deleted" : "active" })} />
          Show deleted
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect
          label="Status"
          value={view.status}
          options={COMPANY_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }))}
          onChange={(v) => update({ status: v as CompanyStatus | undefined })}
        />
        <FilterSelect label="Industry" value={view.industry} options={list(options.industries)} onChange={(v) => update({ industry: v })} />
        <FilterSelect label="City" value={view.city} options={list(options.cities)} onChange={(v) => update({ city: v })} />
        <FilterSelect label="Country" value={view.country} options={list(options.countries)} onChange={(v) => update({ country: v })} />
        <FilterSelect
          label="Owner"
          value={view.owner}
          options={[{ value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
          onChange={(v) => update({ owner: v })}
        />
        <FilterSelect label="Tag" value={view.tag[0]} options={list(options.tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
        {active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              update({ q: undefined, status: undefined, industry: undefined, city: undefined, country: undefined, owner: undefined, tag: [] });
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
