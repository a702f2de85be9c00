import { LEAD_IMPORT_FIELD_KEYS, LEAD_IMPORT_FIELDS } from "@/lib/import/lead-fields";
import type { LeadImportMapping } from "@/lib/validation/import";
import type { LeadImportPreviewRow } from "@/server/services/imports/preview-lead-import";

/** The first rows of the file as they would be stored, and why a row would be rejected. */
export function ImportPreviewTable({ rows, mapping }: { rows: LeadImportPreviewRow[]; mapping: LeadImportMapping }) {
  const fields = LEAD_IMPORT_FIELD_KEYS.filter((field) => mapping.columns[field] || mapping.defaults[field]);
  if (!rows.length) return <p className="text-sm text-slate-500">No rows to preview.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs font-medium whitespace-nowrap text-slate-500 uppercase">
            <th className="py-2 pr-3">Line</th>
            {fields.map((field) => (
              <th key={field} className="py-2 pr-3">
                {LEAD_IMPORT_FIELDS[field].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 text-slate-500 tabular-nums">{row.line}</td>
              {row.values ? (
                fields.map((field) => (
                  <td key={field} className="max-w-56 truncate py-2 pr-3" title={row.values?.[field] ?? ""}>
                    {row.values?.[field] ?? <span className="text-slate-300">—</span>}
                  </td>
                ))
              ) : (
                <td colSpan={fields.length} className="py-2 pr-3 text-red-700">
                  Rejected: {row.error}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
