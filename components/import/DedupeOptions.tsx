"use client";

import { Checkbox } from "@/components/ui/input";
import { DEDUPE_MODES, LEAD_MATCH_KEYS, type DedupeMode, type LeadImportDedupe, type LeadMatchKey } from "@/lib/validation/import";

const KEY_LABELS: Record<LeadMatchKey, { label: string; hint: string }> = {
  externalId: { label: "External id", hint: "e.g. the Google place id" },
  email: { label: "Email", hint: "compared lower-cased" },
  phone: { label: "Phone", hint: "compared by its digits" },
  domain: { label: "Website domain", hint: "social and booking sites never count" },
};

const MODE_LABELS: Record<DedupeMode, { label: string; hint: string }> = {
  skip: { label: "Skip them", hint: "keep the existing lead as it is" },
  update: { label: "Update the existing lead", hint: "with the values the row has; empty cells change nothing" },
  create: { label: "Create a new lead anyway", hint: "no duplicate check" },
};

/**
 * Which keys make a row a duplicate of an existing lead (or of an earlier row of the file), and
 * what to do with duplicates.
 */
export function DedupeOptions({ value, onChange }: { value: LeadImportDedupe; onChange: (value: LeadImportDedupe) => void }) {
  const toggle = (key: LeadMatchKey, on: boolean) =>
    onChange({ ...value, match: LEAD_MATCH_KEYS.filter((k) => (k === key ? on : value.match.includes(k))) });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <fieldset className="space-y-2" disabled={value.mode === "create"}>
        <legend className="mb-1 text-sm font-medium text-slate-700">A row is a duplicate when it has the same…</legend>
        {LEAD_MATCH_KEYS.map((key) => (
          <label key={key} className="flex items-start gap-2 text-sm text-slate-800">
            <Checkbox className="mt-0.5" checked={value.match.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
            <span>
              {KEY_LABELS[key].label} <span className="text-slate-500">— {KEY_LABELS[key].hint}</span>
            </span>
          </label>
        ))}
        <p className="text-xs text-slate-500">…as an existing lead or an earlier row of this file.</p>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">Duplicates</legend>
        {DEDUPE_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="dedupe-mode"
              className="mt-0.5 accent-brand-600"
              checked={value.mode === mode}
              onChange={() => onChange({ ...value, mode })}
            />
            <span>
              {MODE_LABELS[mode].label} <span className="text-slate-500">— {MODE_LABELS[mode].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
