"use client";

import Link from "next/link";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { OutcomeBadge } from "@/components/activities/ActivityBadges";
import { DataTable } from "@/components/shared/DataTable";
import { useListUrl } from "@/components/shared/use-list-url";
import { activityTypeLabel } from "@/lib/activities/activity-types";
import { formatInZone } from "@/lib/dates";
import { personName } from "@/lib/validation/contact";
import { OUTREACH_PAGE_SIZES, outreachListSearch, type OutreachListQuery } from "@/lib/validation/outreach";
import type { TimelineEntry } from "@/server/services/activities/timeline-activity";

const column = createColumnHelper<TimelineEntry>();
const link = "text-brand-700 hover:underline";
/** The list has one order (newest first), so no column sorts. */
const SORTS: readonly "occurredAt"[] = [];

/** Notes as one plain line for the table (markdown marks removed; the timeline renders them). */
function plainText(markdown: string): string {
  return markdown.replace(/[*_`>#]+/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim();
}

/** The outreach list: newest first, server-paged, each touch with its lead, contact or deal. */
export function OutreachTable({ rows, total, query, timeZone }: { rows: TimelineEntry[]; total: number; query: OutreachListQuery; timeZone: string }) {
  const { update, pending, view } = useListUrl("/outreach", query, outreachListSearch);
  const columns = useMemo(
    () => [
      column.accessor("occurredAt", {
        header: "When",
        cell: (c) => <span className="whitespace-nowrap">{formatInZone(c.getValue(), timeZone, "d MMM yyyy, HH:mm")}</span>,
      }),
      column.accessor("type", { header: "Type", cell: (c) => activityTypeLabel(c.getValue()) }),
      column.accessor("outcome", { header: "Outcome", cell: (c) => (c.getValue() ? <OutcomeBadge outcome={c.getValue()!} /> : null) }),
      column.display({
        id: "with",
        header: "With",
        cell: ({ row: { original: a } }) => (
          <div className="flex min-w-40 flex-col">
            {a.lead ? (
              <Link href={`/leads/${a.lead.id}`} className={link}>
                {a.lead.name}
              </Link>
            ) : null}
            {a.contact ? (
              <Link href={`/contacts/${a.contact.id}`} className={a.lead ? "text-xs text-slate-500 hover:underline" : link}>
                {personName(a.contact)}
              </Link>
            ) : null}
            {a.deal ? (
              <Link href={`/deals/${a.deal.id}`} className="text-xs text-slate-500 hover:underline">
                Deal: {a.deal.title}
              </Link>
            ) : null}
          </div>
        ),
      }),
      column.display({
        id: "notes",
        header: "Notes",
        cell: ({ row: { original: a } }) => (
          <p className="line-clamp-2 max-w-md text-slate-600">{[a.subject, a.body && plainText(a.body)].filter(Boolean).join(" — ")}</p>
        ),
      }),
      column.accessor((a) => a.author?.name ?? null, { id: "author", header: "By" }),
    ],
    [timeZone],
  );
  return (
    <DataTable
      rows={rows}
      columns={columns}
      total={total}
      view={{ sort: "occurredAt", dir: "desc", page: view.page, pageSize: view.pageSize }}
      sortable={SORTS}
      pageSizes={OUTREACH_PAGE_SIZES}
      onChange={({ page, pageSize }) => update(pageSize ? { pageSize } : { page })}
      pending={pending}
      noun="outreach"
      testId="outreach-table"
    />
  );
}
