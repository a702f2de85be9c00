"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { TEMPERATURES, WEBSITE_ISSUES, enumLabel } from "@/lib/enums";
import type { LeadListQuery } from "@/lib/validation/lead-list";
import type { LeadFilterOptions } from "@/server/services/leads/lead-filter-options";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";
import { useLeadListUrl } from "./use-lead-list-url";

type Option = { value: string; label: string };

function FilterSelect({ label, value, options, onChange }: { label: string; value: string | undefined; options: Option[]; onChange: (v: string | undefined) => void }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Select aria-label={`Filter by ${label.toLowerCase()}`} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)} className="min-w-32">
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
}

const list = (values: string[]): Option[] => values.map((v) => ({ value: v, label: v }));
const yesNo: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The leads list's search box and filters; every change is written to the URL. */
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
  const { update, pending } = useLeadListUrl(query);
  const [text, setText] = useState(query.q ?? "");
  const [showFilters, setShowFilters] = useState(false);
  const active =
    !!query.q ||
    [query.stage, query.temperature, query.websiteIssue, query.tag].some((v) => v.length) ||
    [query.niche, query.source, query.owner, query.city, query.country, query.hasWebsite, query.demoSite, query.followUp].some(Boolean);

  return (
    <div className="mb-4 space-y-3" aria-busy={pending}>
      <form
        role="search"
        className="flex max-w-xl gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: text.trim() || undefined });
        }}
      >
        <Input
          type="search"
          aria-label="Search leads by name, email, phone or website"
          placeholder="Search name, email, phone, website…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <Button variant="secondary" size="sm" className="sm:hidden" aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
        {showFilters ? "Hide filters" : active ? "Filters (active)" : "Filters"}
      </Button>
      <div className={`${showFilters ? "flex" : "hidden"} flex-wrap items-end gap-3 sm:flex`}>
        <FilterSelect label="Status" value={query.stage[0]} options={stages.map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => update({ stage: v ? [v] : [] })} />
        <FilterSelect label="Temperature" value={query.temperature[0]} options={TEMPERATURES.map((t) => ({ value: t, label: enumLabel(t) }))} onChange={(v) => update({ temperature: v ? [v as (typeof TEMPERATURES)[number]] : [] })} />
        <FilterSelect label="Follow-up" value={query.followUp} options={[{ value: "today", label: "Due today" }, { value: "overdue", label: "Overdue" }, { value: "none", label: "None set" }]} onChange={(v) => update({ followUp: v as LeadListQuery["followUp"] })} />
        <FilterSelect
          label="Owner"
          value={query.owner}
          options={[{ value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
          onChange={(v) => update({ owner: v })}
        />
        <FilterSelect label="Niche" value={query.niche} options={list(options.niches)} onChange={(v) => update({ niche: v })} />
        <FilterSelect label="Source" value={query.source} options={list(options.sources)} onChange={(v) => update({ source: v })} />
        <FilterSelect label="City" value={query.city} options={list(options.cities)} onChange={(v) => update({ city: v })} />
        <FilterSelect label="Country" value={query.country} options={list(options.countries)} onChange={(v) => update({ country: v })} />
        <FilterSelect label="Has website" value={query.hasWebsite} options={yesNo} onChange={(v) => update({ hasWebsite: v as "yes" | "no" | undefined })} />
        <FilterSelect
          label="Website issue"
          value={query.websiteIssue[0]}
          options={WEBSITE_ISSUES.map((w) => ({ value: w, label: enumLabel(w) }))}
          onChange={(v) => update({ websiteIssue: v ? [v as (typeof WEBSITE_ISSUES)[number]] : [] })}
        />
        <FilterSelect label="Demo site built" value={query.demoSite} options={yesNo} onChange={(v) => update({ demoSite: v as "yes" | "no" | undefined })} />
        <FilterSelect label="Tag" value={query.tag[0]} options={list(options.tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
        {active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              update({
                q: undefined, stage: [], temperature: [], websiteIssue: [], tag: [], niche: undefined, source: undefined, owner: undefined,
                city: undefined, country: undefined, hasWebsite: undefined, demoSite: undefined, followUp: undefined,
              });
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
