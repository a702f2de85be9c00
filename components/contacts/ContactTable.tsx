"use client";

import Link from "next/link";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/companies/DataTable";
import { useListUrl } from "@/components/companies/use-list-url";
import { Badge } from "@/components/ui/badge";
import { formatInZone } from "@/lib/dates";
import { CONTACT_PAGE_SIZES, CONTACT_SORTS, contactListSearch, personName, type ContactListQuery } from "@/lib/validation/contact";
import type { ContactRow } from "@/server/services/contacts/list-contacts";
import { ContactRoleBadges } from "./ContactRoleBadges";

const column = createColumnHelper<ContactRow>();

/** The contacts table: server-side paging and sorting held in the URL. */
export function ContactTable({ rows, total, query, timeZone }: { rows: ContactRow[]; total: number; query: ContactListQuery; timeZone: string }) {
  const { update, pending, view } = useListUrl("/contacts", query, contactListSearch);
  const deletedView = query.view === "deleted";

  const columns = useMemo(
    () => [
      column.accessor((c) => personName(c), {
        id: "name",
        header: "Name",
        cell: ({ row }) => (
          <div className="min-w-40">
            <Link href={`/contacts/${row.original.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {personName(row.original)}
            </Link>
            {row.original.title ? <div className="text-xs text-slate-500">{row.original.title}</div> : null}
          </div>
        ),
      }),
      column.accessor((c) => c.company?.name ?? null, {
        id: "company",
        header: "Company",
        cell: ({ row }) =>
          row.original.company ? (
            <Link href={`/companies/${row.original.company.id}`} className="text-brand-700 hover:underline">
              {row.original.company.name}
              {row.original.company.deletedAt ? " (deleted)" : ""}
            </Link>
          ) : null,
      }),
      column.display({
        id: "role",
        header: "Role",
        cell: ({ row }) => <ContactRoleBadges isPrimary={row.original.isPrimary} role={row.original.role} />,
      }),
      column.accessor("email", {
        header: "Email",
        cell: ({ row }) => (
          <span className="inline-flex items-center gap-1.5">
            {row.original.email}
            {row.original.email && row.original.emailStatus === "UNSUBSCRIBED" ? <Badge tone="amber">Unsubscribed</Badge> : null}
          </span>
        ),
      }),
      column.accessor((c) => c.mobile ?? c.phone, {
        id: "phone",
        header: "Phone",
        cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span>,
      }),
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
      sortable={CONTACT_SORTS}
      pageSizes={CONTACT_PAGE_SIZES}
      onChange={(patch) => update(patch as Partial<ContactListQuery>)}
      pending={pending}
      noun={deletedView ? "deleted contacts" : "contacts"}
      testId="contact-table"
    />
  );
}
