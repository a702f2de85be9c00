import Link from "next/link";
import { cn } from "@/lib/cn";
import { leadListSearch, type LeadListQuery } from "@/lib/validation/lead-list";

/** Open leads vs. converted leads (their own section). */
export function LeadViewTabs({ query }: { query: LeadListQuery }) {
  const tabs = [
    { view: "active" as const, label: "Open leads" },
    { view: "converted" as const, label: "Converted" },
  ];
  return (
    <div className="mb-4 flex gap-1 border-b border-slate-200" role="tablist">
      {tabs.map((tab) => (
        <Link
          key={tab.view}
          role="tab"
          aria-selected={query.view === tab.view}
          href={`/leads${leadListSearch({ view: tab.view, hide: query.hide })}`}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            query.view === tab.view ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </div>
  );
}
