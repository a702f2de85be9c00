"use client";

import { Input } from "@/components/ui/input";

/**
 * A labelled day input of a filter row; blank removes that end of the range.
 * @param ariaLabel - its accessible name (default "Filter by <label>").
 */
export function DayFilter({ label, ariaLabel, value, onChange }: { label: string; ariaLabel?: string; value: string | undefined; onChange: (day: string | undefined) => void }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Input type="date" aria-label={ariaLabel ?? `Filter by ${label.toLowerCase()}`} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)} className="w-40" />
    </label>
  );
}
