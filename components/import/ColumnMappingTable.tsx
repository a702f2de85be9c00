"use client";

import { Input, Select } from "@/components/ui/input";
import { LEAD_IMPORT_FIELD_KEYS, LEAD_IMPORT_FIELDS, type LeadImportField } from "@/lib/import/lead-fields";
import type { LeadImportMapping } from "@/lib/validation/import";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/**
 * One row per lead field: the column it is read from (a file column or a "column.key" of JSON
 * cells), a default used when that cell is empty, and an example value from the file.
 */
export function ColumnMappingTable({
  columns,
  jsonColumns,
  examples,
  mapping,
  errors,
  onChange,
}: {
  columns: string[];
  jsonColumns: string[];
  examples: Record<string, string>;
  mapping: LeadImportMapping;
  errors: FieldErrors;
  onChange: (mapping: LeadImportMapping) => void;
}) {
  const set = (part: "columns" | "defaults", field: LeadImportField, value: string) => {
    const next = { ...mapping[part] };
    if (value) next[field] = value;
    else delete next[field];
    onChange({ ...mapping, [part]: next });
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs font-medium text-slate-500 uppercase">
            <th className="py-2 pr-3">Lead field</th>
            <th className="py-2 pr-3">Column in the file</th>
            <th className="py-2 pr-3">Default when empty</th>
            <th className="py-2">Example</th>
          </tr>
        </thead>
        <tbody>
          {LEAD_IMPORT_FIELD_KEYS.map((field) => {
            const { label } = LEAD_IMPORT_FIELDS[field];
            const column = mapping.columns[field] ?? "";
            const error = errors[field]?.[0];
            return (
              <tr key={field} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-800">
                  {label}
                  {field === "name" ? <span className="text-red-600"> *</span> : null}
                </th>
                <td className="py-2 pr-3">
                  <Select
                    aria-label={`Column for ${label}`}
                    aria-invalid={!!error}
                    value={column}
                    onChange={(e) => set("columns", field, e.target.value)}
                    className="min-w-48"
                  >
                    <option value="">— not imported —</option>
                    {column && !columns.includes(column) && !jsonColumns.includes(column) ? <option value={column}>{column} (not in this file)</option> : null}
                    <optgroup label="Columns">
                      {columns.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </optgroup>
                    {jsonColumns.length ? (
                      <optgroup label="Keys of JSON columns">
                        {jsonColumns.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                  </Select>
                  {error ? <p className="mt-1 text-xs text-red-600">{error}</p> : null}
                </td>
                <td className="py-2 pr-3">
                  <Input
                    aria-label={`Default for ${label}`}
                    value={mapping.defaults[field] ?? ""}
                    onChange={(e) => set("defaults", field, e.target.value)}
                    className="min-w-36"
                  />
                </td>
                <td className="max-w-64 truncate py-2 text-slate-500" title={examples[column] ?? ""}>
                  {column ? (examples[column] ?? "—") : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
