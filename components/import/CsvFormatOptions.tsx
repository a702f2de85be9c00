"use client";

import { Checkbox, Select } from "@/components/ui/input";
import { IMPORT_PRESETS } from "@/lib/import/presets";
import type { CsvDelimiter, CsvFormat } from "@/lib/validation/import";

const DELIMITER_LABELS: Record<CsvDelimiter, string> = { ",": "Comma (,)", ";": "Semicolon (;)", "\t": "Tab", "|": "Pipe (|)" };

/** How the file is read (delimiter, header row) and which built-in format it is. */
export function CsvFormatOptions({
  format,
  preset,
  onFormatChange,
  onPresetChange,
}: {
  format: CsvFormat;
  preset: string | null;
  onFormatChange: (format: CsvFormat) => void;
  onPresetChange: (preset: string | null) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Delimiter
        <Select
          value={format.delimiter}
          onChange={(e) => onFormatChange({ ...format, delimiter: e.target.value as CsvDelimiter })}
          className="w-40"
        >
          {Object.entries(DELIMITER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex h-9 items-center gap-2 text-sm font-medium text-slate-700">
        <Checkbox checked={format.hasHeader} onChange={(e) => onFormatChange({ ...format, hasHeader: e.target.checked })} />
        First row holds column names
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Format
        <Select value={preset ?? ""} onChange={(e) => onPresetChange(e.target.value || null)} className="w-64">
          <option value="">Other CSV (map by column names)</option>
          {Object.values(IMPORT_PRESETS).map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </Select>
      </label>
    </div>
  );
}
