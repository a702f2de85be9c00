"use client";

import { Select } from "@/components/ui/input";
import type { UserSummary } from "@/server/services/users/manage-users";

export type FilterOption = { value: string; label: string };

/** Options whose label is their value (cities, tags, …). */
export const textOptions = (values: readonly string[]): FilterOption[] => values.map((v) => ({ value: v, label: v }));

/**
 * A labelled filter select with an "Any" choice; `undefined` means no filter. Its accessible name
 * is "Filter by <label>" (lower case), so it does not read as a field of the record.
 */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: FilterOption[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Select
        aria-label={`Filter by ${label.toLowerCase()}`}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        className="min-w-32"
      >
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

/** The "Owner" filter of a record list: a user id, "me" or "none" (nobody). */
export function OwnerFilter({ value, users, onChange }: { value: string | undefined; users: UserSummary[]; onChange: (owner: string | undefined) => void }) {
  return (
    <FilterSelect
      label="Owner"
      value={value}
      options={[{ value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
      onChange={onChange}
    />
  );
}
