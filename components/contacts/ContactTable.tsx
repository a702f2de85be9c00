"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { createColumnHelper, type RowSelectionState } from "@tanstack/react-table";
import { DataTable } from "@/components/shared/DataTable";
import { NameCell, dateColumn, ownerColumn, tagsColumn } from "@/components/shared/record-columns";
import { useListUrl } from "@/components/shared/use-list-url";
import { EnrolInSequenceButton } from "@/components/sequences/EnrolInSequenceButton";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/input";
import { CONTACT_PAGE_SIZES, CONTACT_SORTS, contactListSearch, personName, type ContactListQuery } from "@/lib/validation/contact";
import type { ContactRow } from "@/server/services/contacts/list-contacts";
import { ContactRoleBadges } from "./ContactRoleBadges";

const column = createColumnHelper<ContactRow>();

/** The contacts table: server-side paging and sorting held in the URL. */
export function ContactTable({ rows, total, query, timeZone }: { rows: ContactRow[]; total: number; query: ContactListQuery; timeZone: string }) {
  const { update, pending, view } = useListUrl("/contacts", query, contactListSearch);
  const deletedView = query.view === "deleted";
  // Selected contacts can be enrolled in a sequence (not in the deleted view).
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [message, setMessage] = useState<string | null>(null);
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  const columns = useMemo(
    () => [
      ...(deletedView
        ? []
        : [
            column.display({
              id: "select",
              enableHiding: false,
              header: ({ table }) => <Checkbox aria-label="Select all on this page" checked={table.getIsAllRowsSelected()} onChange={table.getToggleAllRowsSelectedHandler()} />,
              cell: ({ row }) => <Checkbox aria-label={`Select ${personName(row.original)}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
            }),
          ]),
      column.accessor((c) => personName(c), {
        id: "name",
        header: "Name",
        cell: ({ row }) => <NameCell href={`/contacts/${row.original.id}`} name={personName(row.original)} detail={row.original.title} />,
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
      ownerColumn(column),
      tagsColumn(column),
      dateColumn(column, "createdAt", "Created", (c) => c.createdAt, timeZone),
      deletedView ? dateColumn(column, "deletedAt", "Deleted", (c) => c.deletedAt, timeZone) : dateColumn(column, "updatedAt", "Updated", (c) => c.updatedAt, timeZone),
    ],
    [timeZone, deletedView],
  );

  return (
    <div className="space-y-3">
      <FormMessage tone="success">{message}</FormMessage>
      {selectedIds.length ? (
        <div className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 p-2 text-sm" role="region" aria-label="Bulk actions">
          <strong className="px-1">
            {selectedIds.length} contact{selectedIds.length === 1 ? "" : "s"} selected
          </strong>
          <EnrolInSequenceButton
            contactIds={selectedIds}
            onDone={(note) => {
              setSelection({});
              setMessage(note);
            }}
          />
        </div>
      ) : null}
      <DataTable
        rows={rows}
        columns={columns}
        total={total}
        view={view}
        sortable={CONTACT_SORTS}
        pageSizes={CONTACT_PAGE_SIZES}
        onChange={update}
        pending={pending}
        noun={deletedView ? "deleted contacts" : "contacts"}
        testId="contact-table"
        selection={deletedView ? undefined : selection}
        onSelectionChange={deletedView ? undefined : setSelection}
      />
    </div>
  );
}
