"use client";

import { stringify } from "csv-stringify/browser/esm/sync";
import { useId, useState } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { csvCell, csvHeader, formatCell, type ChartColumn } from "./chart-columns";

export type { ChartColumn } from "./chart-columns";

type Props<Row extends object> = {
  title: string;
  /** The numbers behind the chart: the table view shows them and the CSV download holds them. */
  rows: Row[];
  columns: Array<ChartColumn<Row>>;
  /** The chart (a recharts element, role="img" with an aria-label), shown unless the table is chosen. */
  children: React.ReactNode;
  /** Why there is nothing to show ("No outbound activity in the last 12 weeks"); shown when `empty`. */
  emptyMessage: string;
  /** Whether there is nothing to chart; default: no rows. */
  empty?: boolean;
  /** The CSV file's name without extension. */
  csvName: string;
  /** A line under the chart, e.g. which currencies had no exchange rate. */
  note?: React.ReactNode;
  /** Extra controls in the header (a Customise menu). */
  actions?: React.ReactNode;
  className?: string;
  testId?: string;
};

/**
 * A card holding one chart: a title, a Chart/Table toggle (the table is the accessible view of the
 * same numbers), a CSV download built in the browser from the same rows (csv-stringify), and an
 * empty state that says why it is empty.
 */
export function ChartPanel<Row extends object>({ title, rows, columns, children, emptyMessage, empty = rows.length === 0, csvName, note, actions, className, testId }: Props<Row>) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const titleId = useId();
  const download = () => {
    const csv = stringify(
      rows.map((row) => columns.map((c) => csvCell(c, row[c.key]))),
      { header: true, columns: columns.map(csvHeader) },
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${csvName}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const toggle = (value: "chart" | "table", label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className={cn("px-2 py-0.5 text-xs", view === value ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50")}
    >
      {label}
    </button>
  );
  return (
    <Card className={cn("flex flex-col", className)} data-testid={testId} aria-labelledby={titleId}>
      <CardHeader
        title={<span id={titleId}>{title}</span>}
        actions={
          <div className="flex items-center gap-2">
            {empty ? null : (
              <>
                <div className="flex overflow-hidden rounded-md border border-slate-300" role="group" aria-label={`${title}: view`}>
                  {toggle("chart", "Chart")}
                  {toggle("table", "Table")}
                </div>
                <button type="button" onClick={download} className="text-xs text-sky-700 underline">
                  Download CSV
                </button>
              </>
            )}
            {actions}
          </div>
        }
      />
      <div className="flex-1 p-4">
        {empty ? (
          <p className="py-6 text-center text-sm text-slate-500">{emptyMessage}</p>
        ) : view === "chart" ? (
          children
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="text-left text-slate-500">
                  {columns.map((c) => (
                    <th key={c.key} scope="col" className={cn("py-1 pr-3 font-medium", c.kind && c.kind !== "text" && "text-right")}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i} className="border-t border-slate-100">
                    {columns.map((c) => (
                      <td key={c.key} className={cn("py-1 pr-3", c.kind && c.kind !== "text" && "text-right tabular-nums")}>
                        {formatCell(c, row[c.key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {note ? <div className="mt-2 text-xs text-amber-700">{note}</div> : null}
      </div>
    </Card>
  );
}
