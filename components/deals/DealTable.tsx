"use client";

import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/shared/DataTable";
import { NameCell, dateColumn, ownerColumn, tagsColumn } from "@/components/shared/record-columns";
import { useListUrl } from "@/components/shared/use-list-url";
import { StageBadge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/money";
import { personName } from "@/lib/validation/contact";
import { DEAL_PAGE_SIZES, DEAL_SORTS, dealListSearch, type DealListQuery } from "@/lib/validation/deal";
import type { DealRow } from "@/server/services/deals/list-deals";
import { DealStatusBadge } from "./DealStatusBadge";

const column = createColumnHelper<DealRow>();
const money = (minor: number, currency: string) => <span className="whitespace-nowrap tabular-nums">{formatMoney(minor, currency)}</span>;

/** The deals table: server-side paging and sorting, column visibility, all held in the URL. */
export function DealTable({ rows, total, query, timeZone }: { rows: DealRow[]; total: number; query: DealListQuery; timeZone: string }) {
  const { update, pending, view } = useListUrl("/deals", query, dealListSearch);

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: "Title",
        enableHiding: false,
        cell: ({ row }) => <NameCell href={`/deals/${row.original.id}`} name={row.original.title} detail={row.original.company?.name} />,
      }),
      column.accessor((d) => d.stage.name, { id: "stage", header: "Stage", cell: ({ row }) => <StageBadge name={row.original.stage.name} color={row.original.stage.color} /> }),
      column.accessor((d) => d.stage.kind, { id: "status", header: "Status", cell: (c) => <DealStatusBadge kind={c.getValue()} /> }),
      column.accessor((d) => d.pipeline.name, { id: "pipeline", header: "Pipeline" }),
      column.accessor("value", { header: "Value", cell: ({ row }) => money(row.original.value, row.original.currency) }),
      column.accessor("probability", {
        header: "Probability",
        cell: ({ row }) => (
          <span className="tabular-nums" title={row.original.probabilityOverridden ? "Set on this deal" : "The stage's default"}>
            {row.original.probability}%{row.original.probabilityOverridden ? "*" : ""}
          </span>
        ),
      }),
      column.accessor("weightedValue", { header: "Weighted", cell: ({ row }) => money(row.original.weightedValue, row.original.currency) }),
      dateColumn(column, "expectedCloseAt", "Expected close", (d) => d.expectedCloseAt, timeZone),
      column.accessor((d) => d.company?.name ?? null, { id: "company", header: "Company" }),
      column.accessor((d) => (d.contact ? personName(d.contact) : null), { id: "contact", header: "Contact" }),
      ownerColumn(column),
      tagsColumn(column),
      dateColumn(column, "stageChangedAt", "In stage since", (d) => d.stageChangedAt, timeZone),
      dateColumn(column, "closedAt", "Closed", (d) => d.closedAt, timeZone),
      dateColumn(column, "createdAt", "Created", (d) => d.createdAt, timeZone),
      dateColumn(column, "updatedAt", "Updated", (d) => d.updatedAt, timeZone),
    ],
    [timeZone],
  );

  return (
    <DataTable
      rows={rows}
      columns={columns}
      total={total}
      view={view}
      sortable={DEAL_SORTS}
      pageSizes={DEAL_PAGE_SIZES}
      onChange={update}
      pending={pending}
      noun="deals"
      testId="deal-table"
      hidden={view.hide}
      onHiddenChange={(hide) => update({ hide, page: view.page })}
    />
  );
}
