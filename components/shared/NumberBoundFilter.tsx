"use client";

import { Input } from "@/components/ui/input";

/**
 * A list filter's numeric bound (a "from" or "to" of a range), written to the URL when the field is
 * left or Enter pressed; an empty field is no bound, and a value outside `min`–`max` is ignored.
 */
export function NumberBoundFilter({
  label,
  value,
  onChange,
  min = 0,
  max,
  wholeNumbers = false,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  wholeNumbers?: boolean;
}) {
  const commit = (text: string) => {
    const n = text.trim() === "" ? undefined : Number(text);
    if (n === undefined || (Number.isFinite(n) && n >= min && (max === undefined || n <= max))) onChange(n);
  };
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Input
        key={value ?? ""}
        type="number"
        inputMode={wholeNumbers ? "numeric" : "decimal"}
        min={min}
        max={max}
        step={wholeNumbers ? 1 : "any"}
        aria-label={`Filter by ${label.toLowerCase()}`}
        defaultValue={value ?? ""}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
        }}
        className="w-28"
      />
    </label>
  );
}
