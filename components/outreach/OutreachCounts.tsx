import Link from "next/link";
import { outreachListSearch, type OutreachListQuery } from "@/lib/validation/outreach";
import type { OutreachCounts as Counts, PeriodCount } from "@/server/services/outreach/count-outreach";

/** Today / this week / this month tallies of the filtered outreach; each opens the list for its days. */
export function OutreachCounts({ counts, query }: { counts: Counts; query: OutreachListQuery }) {
  const stat = (label: string, period: PeriodCount) => (
    <Link
      key={label}
      href={`/outreach${outreachListSearch({ ...query, from: period.from, to: period.to, page: 1 })}`}
      className="block rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-500"
      data-testid={`outreach-${label.toLowerCase().replace(/ /g, "-")}`}
    >
      <div className="text-sm text-slate-500">{label}</div>
      <div className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">{period.count.toLocaleString("en")}</div>
    </Link>
  );
  return (
    <div className="mb-5 grid gap-4 sm:grid-cols-3">
      {stat("Today", counts.today)}
      {stat("This week", counts.week)}
      {stat("This month", counts.month)}
    </div>
  );
}
