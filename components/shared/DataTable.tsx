"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { Checkbox, Select } from "@/components/ui/input";

/** The part of a list's URL view that the table itself changes. */
export type TableView<S extends string> = { sort: S; dir: "asc" | "desc"; page: number; pageSize: number };

/**
 * A server-paged, server-sorted table of records (leads, companies, contacts): the rows are one
 * page that the server already sorted; header clicks and paging call `onChange`, which writes the
 * view to the URL. Scrolls horizontally on narrow screens.
 * @param sortable - the column ids the server can sort by; their headers are buttons.
 * @param hidden - with `onHiddenChange`: ids of hidden columns, and a "Columns" menu to choose
 *   them (columns with `enableHiding: false` always show).
 * @param selection - with `onSelectionChange`: the selected row ids, for tables whose columns
 *   include a select checkbox; selected rows are highlighted.
 */
export function DataTable<T extends { id: string }, S extends string>({
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
  hidden,
  onHiddenChange,
  selection,
  onSelectionChange,
}: {
  rows: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<T, any>[];
  total: number;
  view: TableView<S>;
  sortable: readonly S[];
  pageSizes: readonly number[];
  onChange: (patch: Partial<TableView<S>>) => void;
  pending: boolean;
  /** Plural noun for the empty state, e.g. "companies". */
  noun: string;
  testId?: string;
  hidden?: readonly string[];
  onHiddenChange?: (hidden: string[]) => void;
  selection?: RowSelectionState;
  onSelectionChange?: OnChangeFn<RowSelectionState>;
}) {
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === "desc" }];
  const columnVisibility: VisibilityState = Object.fromEntries((hidden ?? []).map((id) => [id, false]));
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: {
      sorting,
      pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
      columnVisibility,
      rowSelection: selection ?? {},
    },
    enableRowSelection: !!onSelectionChange,
    onRowSelectionChange: onSelectionChange,
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      onHiddenChange?.(Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id));
    },
  });
  const pages = Math.max(1, table.getPageCount());
  const isSortable = (id: string): id is S => (sortable as readonly string[]).includes(id);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {onHiddenChange ? (
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
        ) : null}
        <span className="ml-auto text-sm text-slate-500" aria-live="polite">
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
                      {isSortable(id) ? (
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
