"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { changeLeadStageAction } from "@/app/(app)/leads/actions";
import { Badge, TemperatureBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Checkbox, Select } from "@/components/ui/input";
import { formatInZone } from "@/lib/dates";
import type { Role } from "@/lib/enums";
import { formatMoney } from "@/lib/money";
import { canEdit } from "@/lib/permissions";
import { LEAD_PAGE_SIZES, LEAD_SORTS, type LeadListQuery, type LeadSort } from "@/lib/validation/lead-list";
import type { LeadRow } from "@/server/services/leads/list-leads";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";
import { LeadBulkBar } from "./LeadBulkBar";
import { useLeadListUrl } from "./use-lead-list-url";

type Viewer = { id: string; role: Role; timeZone: string };
const column = createColumnHelper<LeadRow>();

/** The leads table: server-side paging and sorting, column visibility, quick status change, bulk actions. */
export function LeadTable({
  rows,
  total,
  query,
  stages,
  users,
  viewer,
}: {
  rows: LeadRow[];
  total: number;
  query: LeadListQuery;
  stages: StageSummary[];
  users: UserSummary[];
  viewer: Viewer;
}) {
  const router = useRouter();
  const { update, pending } = useLeadListUrl(query);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [message, setMessage] = useState<string | null>(null);

  async function changeStage(lead: LeadRow, stageId: string) {
    setMessage(null);
    const result = await changeLeadStageAction(lead.id, stageId);
    if (!result.ok) return setMessage(result.error);
    const stage = stages.find((s) => s.id === stageId);
    if (stage?.kind === "WON") router.push(`/leads/${lead.id}/convert`);
    else router.refresh();
  }

  const columns = useMemo(
    () => [
      column.display({
        id: "select",
        enableHiding: false,
        header: ({ table }) => (
          <Checkbox aria-label="Select all on this page" checked={table.getIsAllRowsSelected()} onChange={table.getToggleAllRowsSelectedHandler()} />
        ),
        cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
      }),
      column.accessor("name", {
        header: "Name",
        enableHiding: false,
        cell: ({ row }) => (
          <div className="min-w-40">
            <Link href={`/leads/${row.original.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {row.original.name}
            </Link>
            {row.original.contactName ? <div className="text-xs text-slate-500">{row.original.contactName}</div> : null}
          </div>
        ),
      }),
      column.display({
        id: "status",
        header: "Status",
        cell: ({ row }) =>
          canEdit(viewer, row.original) && !row.original.convertedAt ? (
            <Select
              aria-label={`Status of ${row.original.name}`}
              value={row.original.stage.id}
              onChange={(e) => changeStage(row.original, e.target.value)}
              className="h-8 min-w-32 text-xs"
            >
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          ) : (
            <span className="text-xs">{row.original.stage.name}</span>
          ),
      }),
      column.accessor("temperature", { header: "Temperature", cell: (c) => <TemperatureBadge temperature={c.getValue()} /> }),
      column.accessor("score", { header: "Score" }),
      column.accessor("niche", { header: "Niche" }),
      column.accessor("city", { header: "City" }),
      column.accessor("country", { header: "Country" }),
      column.accessor("phone", { header: "Phone", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
      column.accessor("email", { header: "Email" }),
      column.accessor("website", {
        header: "Website",
        cell: ({ row }) =>
          row.original.website ? (
            <a href={row.original.website} target="_blank" rel="noreferrer noopener" className="text-brand-700 hover:underline">
              {row.original.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
            </a>
          ) : (
            <Badge>No website</Badge>
          ),
      }),
      column.accessor("websiteIssues", {
        header: "Website issues",
        enableSorting: false,
        cell: (c) => c.getValue().length || null,
      }),
      column.accessor("rating", { header: "Rating", cell: (c) => c.getValue()?.toFixed(1) }),
      column.accessor("reviewCount", { header: "Reviews" }),
      column.accessor("nextActionAt", {
        header: "Next action",
        cell: (c) => {
          const date = c.getValue();
          return date ? <span className="whitespace-nowrap">{formatInZone(date, viewer.timeZone)}</span> : null;
        },
      }),
      column.accessor("estimatedValue", {
        header: "Est. value",
        cell: ({ row }) => (row.original.estimatedValue === null ? null : formatMoney(row.original.estimatedValue, row.original.currency)),
      }),
      column.accessor("source", { header: "Source" }),
      column.accessor((lead) => lead.owner?.name ?? null, { id: "owner", header: "Owner" }),
      column.accessor("tags", {
        header: "Tags",
        enableSorting: false,
        cell: (c) => (
          <div className="flex flex-wrap gap-1">
            {c.getValue().map((t) => (
              <Badge key={t.name}>{t.name}</Badge>
            ))}
          </div>
        ),
      }),
      column.accessor("createdAt", { header: "Created", cell: (c) => <span className="whitespace-nowrap">{formatInZone(c.getValue(), viewer.timeZone)}</span> }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- changeStage only closes over props listed here
    [stages, viewer],
  );

  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  const columnVisibility: VisibilityState = Object.fromEntries(query.hide.map((id) => [id, false]));
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: { sorting, columnVisibility, rowSelection: selection },
    enableRowSelection: true,
    onRowSelectionChange: setSelection,
    onColumnVisibilityChange: (updater) => {
      const next: VisibilityState = typeof updater === "function" ? updater(columnVisibility) : updater;
      update({ hide: Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id), page: query.page });
    },
  });

  const sortable = (id: string): id is LeadSort => (LEAD_SORTS as readonly string[]).includes(id);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  return (
    <div className="space-y-3">
      <FormMessage>{message}</FormMessage>
      {selectedIds.length ? (
        <LeadBulkBar
          leadIds={selectedIds}
          stages={stages}
          users={users}
          viewer={viewer}
          onDone={(note) => {
            setSelection({});
            setMessage(note);
            router.refresh();
          }}
          onError={setMessage}
        />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <details className="relative">
          <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm select-none">Columns</summary>
          <div className="absolute z-20 mt-1 grid w-56 gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <Checkbox checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
                  {String(c.columnDef.header)}
                </label>
              ))}
          </div>
        </details>
        <span className="text-sm text-slate-500" aria-live="polite">
          {pending ? "Loading…" : `${total.toLocaleString("en")} results`}
        </span>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="lead-table">
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = query.sort === id ? query.dir : null;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600"
                    >
                      {sortable(id) ? (
                        <button
                          className="inline-flex items-center gap-1 hover:text-slate-900"
                          onClick={() => update({ sort: id, dir: sorted === "asc" ? "desc" : "asc" })}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden>{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-10 text-center text-slate-500">
                  No leads match this view.
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={row.getIsSelected() ? "bg-brand-50" : "hover:bg-slate-50"}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2 align-middle text-slate-700">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav className="flex flex-wrap items-center justify-between gap-2" aria-label="Pagination">
        <label className="flex items-center gap-2 text-sm text-slate-600">
          Rows per page
          <Select value={query.pageSize} onChange={(e) => update({ pageSize: Number(e.target.value) })} className="w-20">
            {LEAD_PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex items-center gap-2 text-sm">
          <Button variant="secondary" size="sm" disabled={query.page <= 1} onClick={() => update({ page: query.page - 1 })}>
            Previous
          </Button>
          <span>
            Page {query.page} of {pages}
          </span>
          <Button variant="secondary" size="sm" disabled={query.page >= pages} onClick={() => update({ page: query.page + 1 })}>
            Next
          </Button>
        </div>
      </nav>
    </div>
  );
}
