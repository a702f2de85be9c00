"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";

type ListView = { sort: string; dir: "asc" | "desc"; page: number; pageSize: number };

/**
 * A server-paged, server-sorted table of records (companies, contacts): the rows are one page
 * that the server already sorted; header clicks and paging call `onChange`, which writes the view
 * to the URL. Scrolls horizontally on narrow screens.
 */
export function DataTable<T extends { id: string }>({
  rows,
  columns,
  total,
  view,
  sortable,
  pageSizes,
  onChange,
  pending,
  noun,
  testId,
}: {
  rows: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<T, any>[];
  total: number;
  view: ListView;
  sortable: readonly string[];
  pageSizes: readonly number[];
  onChange: (patch: Partial<ListView>) => void;
  pending: boolean;
  /** Plural noun for the empty state, e.g. "companies". */
  noun: string;
  testId?: string;
}) {
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === "desc" }];
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: view.page - 1, pageSize: view.pageSize } },
  });
  const pages = Math.max(1, table.getPageCount());

  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <span className="text-sm text-slate-500" aria-live="polite">
          {pending ? "Loading…" : `${total.toLocaleString("en")} result${total === 1 ? "" : "s"}`}
        </span>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = view.sort === id ? view.dir : null;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600"
                    >
                      {sortable.includes(id) ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 hover:text-slate-900"
                          onClick={() => onChange({ sort: id, dir: sorted === "asc" ? "desc" : "asc" })}
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
                  No {noun} match this view.
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
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
        <label className="flex items-center gap-2 text-sm whitespace-nowrap text-slate-600">
          Rows per page
          <Select value={view.pageSize} onChange={(e) => onChange({ pageSize: Number(e.target.value) })} className="w-20">
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex items-center gap-2 text-sm">
          <Button variant="secondary" size="sm" disabled={view.page <= 1} onClick={() => onChange({ page: view.page - 1 })}>
            Previous
          </Button>
          <span>
            Page {view.page} of {pages}
          </span>
          <Button variant="secondary" size="sm" disabled={view.page >= pages} onClick={() => onChange({ page: view.page + 1 })}>
            Next
          </Button>
        </div>
      </nav>
    </div>
  );
}
