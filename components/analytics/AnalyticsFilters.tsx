"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { DayFilter } from "@/components/shared/DayFilter";
import { FilterSelect, textOptions, type FilterOption } from "@/components/shared/FilterSelect";
import { Button } from "@/components/ui/button";
import { analyticsSearch, type AnalyticsFilters as Filters } from "@/lib/analytics/analytics-filters";

export type AnalyticsFilterOptions = { niches: string[]; sources: string[]; owners: FilterOption[] | null; pipelines: FilterOption[]; statuses: FilterOption[] };

/**
 * The /analytics filter row: the days (the range's first and last day; blank: the last 12
 * months), niche, source, owner (managers and admins only; `owners` null hides it), deal pipeline
 * and lead status. Every change is written to the URL, which the server page reads.
 */
export function AnalyticsFilters({ filters, options, range }: { filters: Filters; options: AnalyticsFilterOptions; range: { from: string; to: string } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(filters);
  const update = (patch: Partial<Filters>) => {
    const next = { ...view, ...patch };
    startTransition(() => {
      setView(next);
      router.push(`/analytics${analyticsSearch(next)}`, { scroll: false });
    });
  };
  const active = Object.values(filters).some(Boolean);
  return (
    <div className="mb-5 flex flex-wrap items-end gap-3" aria-busy={pending} data-testid="analytics-filters">
      <DayFilter label="From" value={view.from ?? range.from} onChange={(from) => update({ from })} />
      <DayFilter label="To" value={view.to ?? range.to} onChange={(to) => update({ to })} />
      <FilterSelect label="Niche" value={view.niche} options={textOptions(options.niches)} onChange={(niche) => update({ niche })} />
      <FilterSelect label="Source" value={view.source} options={textOptions(options.sources)} onChange={(source) => update({ source })} />
      {options.owners ? <FilterSelect label="Owner" value={view.owner} options={options.owners} onChange={(owner) => update({ owner })} /> : null}
      <FilterSelect label="Pipeline" value={view.pipeline} options={options.pipelines} onChange={(pipeline) => update({ pipeline })} />
      <FilterSelect label="Status" value={view.status} options={options.statuses} onChange={(status) => update({ status })} />
      {active ? (
        <Button type="button" onClick={() => update({ from: undefined, to: undefined, niche: undefined, source: undefined, owner: undefined, pipeline: undefined, status: undefined })}>
          Clear filters
        </Button>
      ) : null}
      {pending ? <span className="pb-2 text-xs text-slate-500">Updating…</span> : null}
    </div>
  );
}
