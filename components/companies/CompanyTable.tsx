"use client";

import Link from "next/link";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { formatInZone } from "@/lib/dates";
import { COMPANY_PAGE_SIZES, COMPANY_SORTS, companyListSearch, type CompanyListQuery } from "@/lib/validation/company";
import type { CompanyRow } from "@/server/services/companies/list-companies";
import { CompanyStatusBadge } from "./CompanyStatusBadge";
import { DataTable } from "./DataTable";
import { useListUrl } from "./use-list-url";

const column = createColumnHelper<CompanyRow>();

/** The companies table: server-side paging and sorting held in the URL. */
export function CompanyTable({ rows, total, query, timeZone }: { rows: CompanyRow[]; total: number; query: CompanyListQuery; timeZone: string }) {
  const { update, pending, view } = useListUrl("/companies", query, companyListSearch);
  const deletedView = query.view === "deleted";

  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: "Name",
        cell: ({ row }) => (
          <div className="min-w-40">
            <Link href={`/companies/${row.original.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {row.original.name}
            </Link>
            {row.original.domain ? <div className="text-xs text-slate-500">{row.original.domain}</div> : null}
          </div>
        ),
      }),
      column.accessor("status", { header: "Status", cell: (c) => <CompanyStatusBadge status={c.getValue()} /> }),
      column.accessor("industry", { header: "Industry" }),
      column.accessor("city", { header: "City" }),
      column.accessor("country", { header: "Country" }),
      column.accessor("phone", { header: "Phone", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
      column.accessor((c) => c._count.contacts, { id: "contacts", header: "Contacts" }),
      column.accessor((c) => c.owner?.name ?? null, { id: "owner", header: "Owner" }),
      column.accessor("tags", {
        header: "Tags",
        cell: (c) => (
          <div className="flex flex-wrap gap-1">
            {c.getValue().map((t) => (
              <Badge key={t.name}>{t.name}</Badge>
            ))}
          </div>
        ),
      }),
      column.accessor("createdAt", {
        header: "Created",
        cell: (c) => <span className="whitespace-nowrap">{formatInZone(c.getValue(), timeZone)}</span>,
      }),
      deletedView
        ? column.accessor("deletedAt", {
            header: "Deleted",
            cell: (c) => {
              const date = c.getValue();
              return date ? <span className="whitespace-nowrap">{formatInZone(date, timeZone)}</span> : null;
            },
          })
        : column.accessor("updatedAt", {
            header: "Updated",
            cell: (c) => <span className="whitespace-nowrap">{formatInZone(c.getValue(), timeZone)}</span>,
          }),
    ],
    [timeZone, deletedView],
  );

  return (
    <DataTable
      rows={rows}
      columns={columns}
      total={total}
      view={view}
      sortable={COMPANY_SORTS}
      pageSizes={COMPANY_PAGE_SIZES}
      onChange={(patch) => update(patch as Partial<CompanyListQuery>)}
      pending={pending}
      noun={deletedView ? "deleted companies" : "companies"}
      testId="company-table"
    />
  );
}
