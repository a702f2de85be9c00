"use client";

import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/shared/DataTable";
import { NameCell, dateColumn, ownerColumn, tagsColumn } from "@/components/shared/record-columns";
import { useListUrl } from "@/components/shared/use-list-url";
import { formatMoney } from "@/lib/money";
import { COMPANY_PAGE_SIZES, COMPANY_SORTS, companyListSearch, type CompanyListQuery } from "@/lib/validation/company";
import type { CompanyRow } from "@/server/services/companies/list-companies";
import { CompanyStatusBadge } from "./CompanyStatusBadge";

const column = createColumnHelper<CompanyRow>();

/**
 * The companies table: server-side paging and sorting held in the URL. MRR and lifetime revenue
 * are in minor units of `baseCurrency` (the figures kept on Company).
 */
export function CompanyTable({ rows, total, query, timeZone, baseCurrency }: { rows: CompanyRow[]; total: number; query: CompanyListQuery; timeZone: string; baseCurrency: string }) {
  const { update, pending, view } = useListUrl("/companies", query, companyListSearch);
  const deletedView = query.view === "deleted";

  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: "Name",
        cell: ({ row }) => <NameCell href={`/companies/${row.original.id}`} name={row.original.name} detail={row.original.domain} />,
      }),
      column.accessor("status", { header: "Status", cell: (c) => <CompanyStatusBadge status={c.getValue()} /> }),
      column.accessor("industry", { header: "Industry" }),
      column.accessor("city", { header: "City" }),
      column.accessor("country", { header: "Country" }),
      column.accessor("phone", { header: "Phone", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
      column.accessor((c) => c._count.contacts, { id: "contacts", header: "Contacts" }),
      column.accessor("mrr", { header: "MRR", cell: (c) => <span className="whitespace-nowrap tabular-nums">{c.getValue() ? formatMoney(c.getValue(), baseCurrency) : ""}</span> }),
      column.accessor("lifetimeRevenue", {
        header: "Lifetime revenue",
        cell: (c) => <span className="whitespace-nowrap tabular-nums">{c.getValue() ? formatMoney(c.getValue(), baseCurrency) : ""}</span>,
      }),
      ownerColumn(column),
      tagsColumn(column),
      dateColumn(column, "createdAt", "Created", (c) => c.createdAt, timeZone),
      deletedView ? dateColumn(column, "deletedAt", "Deleted", (c) => c.deletedAt, timeZone) : dateColumn(column, "updatedAt", "Updated", (c) => c.updatedAt, timeZone),
    ],
    [timeZone, deletedView, baseCurrency],
  );

  return (
    <DataTable
      rows={rows}
      columns={columns}
      total={total}
      view={view}
      sortable={COMPANY_SORTS}
      pageSizes={COMPANY_PAGE_SIZES}
      onChange={update}
      pending={pending}
      noun={deletedView ? "deleted companies" : "companies"}
      testId="company-table"
    />
  );
}
