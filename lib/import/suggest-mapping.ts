import type { LeadImportMapping } from "@/lib/validation/import";
import { columnReader } from "./json-columns";
import { LEAD_IMPORT_FIELD_KEYS, LEAD_IMPORT_FIELDS, type LeadImportField } from "./lead-fields";
import type { ImportPreset } from "./presets";

/** "Review_Rating", "review-rating" and "review rating" compare equal. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, " ").trim();
}

/**
 * The mapping suggested for a file.
 * - With a preset: the preset's mapping, without columns the file lacks, and its defaults.
 * - Without: each field gets the first unused column whose name (for a virtual "column.key",
 *   its key) matches the field's name, label or aliases; real columns before virtual ones.
 * @param columns - the file's column names; `virtualColumns` its "column.key" JSON columns.
 */
export function suggestLeadMapping(columns: string[], virtualColumns: string[], preset: ImportPreset | null): LeadImportMapping {
  if (preset) {
    const kept = Object.entries(preset.mapping.columns).filter(([, column]) => columnReader(columns, column) !== null);
    return { columns: Object.fromEntries(kept), defaults: { ...preset.mapping.defaults } };
  }
  const candidates = [
    ...columns.map((column) => ({ column, name: normalizeName(column) })),
    ...virtualColumns.map((column) => ({ column, name: normalizeName(column.slice(column.lastIndexOf(".") + 1)) })),
  ];
  const used = new Set<string>();
  const mapped: Partial<Record<LeadImportField, string>> = {};
  for (const field of LEAD_IMPORT_FIELD_KEYS) {
    const info = LEAD_IMPORT_FIELDS[field];
    const names = new Set([field, info.label, ...info.aliases].map(normalizeName));
    const match = candidates.find((candidate) => !used.has(candidate.column) && names.has(candidate.name));
    if (match) {
      mapped[field] = match.column;
      used.add(match.column);
    }
  }
  return { columns: mapped, defaults: {} };
}
