import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { formatInZone } from "@/lib/dates";
import { ruleLabel } from "@/lib/gamification/rules";

type Row = { id: string; rule: string; note: string | null; tokens: number; xp: number; occurredAt: Date };

/**
 * The token history (ledger entries that moved tokens), newest first, with Newer/Older links to
 * `/rewards?page=N`. Times in `timeZone`.
 */
export function TokenLedgerTable({ rows, page, pages, total, timeZone }: { rows: Row[]; page: number; pages: number; total: number; timeZone: string }) {
  if (total === 0) return <p className="p-4 text-sm text-slate-500">No tokens earned or spent yet. Log outreach, complete tasks and finish missions to earn some.</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="token-ledger">
          <caption className="sr-only">Token history, newest first</caption>
          <thead>
            <tr className="text-left text-slate-500">
              <th scope="col" className="px-4 py-2 font-medium">When</th>
              <th scope="col" className="px-4 py-2 font-medium">What</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Tokens</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100">
                <td className="px-4 py-2 whitespace-nowrap text-slate-600">{formatInZone(row.occurredAt, timeZone, "d MMM yyyy HH:mm")}</td>
                <td className="px-4 py-2 text-slate-800">
                  {ruleLabel(row.rule)}
                  {row.note ? <span className="text-slate-500"> · {row.note}</span> : null}
                </td>
                <td className={cn("px-4 py-2 text-right font-medium tabular-nums", row.tokens < 0 ? "text-red-700" : "text-green-700")}>
                  {row.tokens > 0 ? `+${row.tokens}` : row.tokens}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="flex items-center gap-3 border-t border-slate-100 px-4 py-3 text-sm" aria-label="Pages">
          {page > 1 ? <Link className={buttonClasses("secondary", "sm")} href={`/rewards?page=${page - 1}`}>Newer</Link> : null}
          <span className="text-slate-600">
            Page {page} of {pages}
          </span>
          {page < pages ? <Link className={buttonClasses("secondary", "sm")} href={`/rewards?page=${page + 1}`}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
