import { LinkButton } from "@/components/ui/button";
import { formatInZone } from "@/lib/dates";
import { suppressionListSearch, type SuppressionListQuery } from "@/lib/validation/suppression";
import type { SuppressionRow } from "@/server/services/suppression/suppression-record";
import { RemoveSuppressionButton } from "./RemoveSuppressionButton";
import { SuppressionReasonBadge } from "./SuppressionReasonBadge";

/**
 * One page of the suppression list, newest first: address, reason, note, who added it and when
 * (in the viewer's time zone), with Remove for those allowed and Previous/Next links.
 */
export function SuppressionTable({ rows, total, query, timeZone, canRemove }: { rows: SuppressionRow[]; total: number; query: SuppressionListQuery; timeZone: string; canRemove: boolean }) {
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const first = total ? (query.page - 1) * query.pageSize + 1 : 0;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="suppression-table">
          <thead className="bg-slate-50">
            <tr>
              {["Address", "Reason", "Note", "Added by", "Added"].map((header) => (
                <th key={header} scope="col" className="px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600">
                  {header}
                </th>
              ))}
              {canRemove ? <th scope="col" className="px-3 py-2" aria-label="Actions" /> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={canRemove ? 6 : 5} className="px-3 py-10 text-center text-slate-500">
                  {query.q || query.reason ? "No suppressed address matches this search." : "No address is suppressed yet."}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} data-testid="suppression-row">
                  <td className="min-w-52 px-3 py-2 font-medium break-all text-slate-900">{row.address}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <SuppressionReasonBadge reason={row.reason} />
                  </td>
                  <td className="min-w-60 max-w-md px-3 py-2 text-slate-600">{row.note ? <span className="line-clamp-2" title={row.note}>{row.note}</span> : <span className="text-slate-400">—</span>}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600">{row.createdBy?.name ?? <span className="text-slate-400">Leadwell</span>}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                    <time dateTime={row.createdAt.toISOString()}>{formatInZone(row.createdAt, timeZone, "d MMM yyyy, HH:mm")}</time>
                  </td>
                  {canRemove ? (
                    <td className="px-3 py-2 text-right">
                      <RemoveSuppressionButton id={row.id} address={row.address} />
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {total > query.pageSize ? (
        <nav className="flex items-center justify-between text-sm text-slate-500" aria-label="Pages">
          <span>
            {first.toLocaleString("en")}–{Math.min(total, query.page * query.pageSize).toLocaleString("en")} of {total.toLocaleString("en")}
          </span>
          <span className="flex gap-2">
            {query.page > 1 ? (
              <LinkButton size="sm" href={`/settings/suppression${suppressionListSearch({ ...query, page: query.page - 1 })}`}>
                Previous
              </LinkButton>
            ) : null}
            {query.page < pages ? (
              <LinkButton size="sm" href={`/settings/suppression${suppressionListSearch({ ...query, page: query.page + 1 })}`}>
                Next
              </LinkButton>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
