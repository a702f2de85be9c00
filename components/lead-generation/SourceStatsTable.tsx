import type { LeadSourceStats } from "@/server/services/lead-generation/get-lead-generation-stats";

/** Per source: runs, and the leads it created with how many were contacted, replied and converted. */
export function SourceStatsTable({ stats }: { stats: LeadSourceStats[] }) {
  const columns = ["runs", "created", "contacted", "replied", "converted"] as const;
  return (
    <table className="w-full text-left text-sm" aria-label="Leads per source">
      <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
        <tr>
          <th className="px-3 py-2">Source</th>
          {columns.map((column) => (
            <th key={column} className="px-3 py-2 text-right capitalize">
              {column === "created" ? "Leads created" : column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {stats.map((row) => (
          <tr key={row.source}>
            <td className="px-3 py-2">{row.label}</td>
            {columns.map((column) => (
              <td key={column} className="px-3 py-2 text-right tabular-nums">
                {row[column].toLocaleString("en")}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
