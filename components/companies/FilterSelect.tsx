"use client";

import { Select } from "@/components/ui/input";

export type FilterOption = { value: string; label: string };

/** A labelled filter select with an "Any" choice; `undefined` means no filter. */
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
      <Select value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)} className="min-w-32">
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
