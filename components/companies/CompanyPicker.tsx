"use client";

import { searchCompaniesAction } from "@/app/(app)/companies/actions";
import { PickedValue, SearchCombobox } from "@/components/shared/SearchCombobox";

export type PickedCompany = { id: string; name: string };

/**
 * Chooses an active company by typing part of its name or domain (searched on the server as you
 * type). Shows the chosen company with a button to change it.
 */
export function CompanyPicker({
  id,
  value,
  onChange,
  invalid,
  placeholder = "Type to search companies…",
}: {
  id: string;
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  invalid?: boolean;
  placeholder?: string;
}) {
  if (value) {
    return (
      <PickedValue id={id} testId="picked-company" changeLabel={`Change company (now ${value.name})`} onChange={() => onChange(null)}>
        <span className="font-medium text-slate-900">{value.name}</span>
      </PickedValue>
    );
  }
  return (
    <SearchCombobox
      id={id}
      search={searchCompaniesAction}
      onChoose={(hit) => onChange({ id: hit.id, name: hit.name })}
      hitKey={(hit) => hit.id}
      renderHit={(hit) => (
        <>
          <span className="font-medium text-slate-900">{hit.name}</span>
          {hit.domain || hit.city ? <span className="truncate text-xs text-slate-500">{hit.domain ?? hit.city}</span> : null}
        </>
      )}
      placeholder={placeholder}
      emptyText="No companies found"
      minLength={0}
      invalid={invalid}
    />
  );
}
