import Link from "next/link";
import type { ColumnHelper } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { formatInZone } from "@/lib/dates";

/** A list's first cell: the record's name linking to its page, with an optional detail line under it. */
export function NameCell({ href, name, detail }: { href: string; name: string; detail?: string | null }) {
  return (
    <div className="min-w-40">
      <Link href={href} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
        {name}
      </Link>
      {detail ? <div className="text-xs text-slate-500">{detail}</div> : null}
    </div>
  );
}

/** A moment in the viewer's time zone, kept on one line; nothing for null. */
export function DateCell({ date, timeZone }: { date: Date | null; timeZone: string }) {
  return date ? <span className="whitespace-nowrap">{formatInZone(date, timeZone)}</span> : null;
}

/** The "Owner" column: the owner's name. */
export function ownerColumn<T extends { owner: { name: string } | null }>(column: ColumnHelper<T>) {
  return column.accessor((row) => row.owner?.name ?? null, { id: "owner", header: "Owner" });
}

/** The "Tags" column: a badge per tag. */
export function tagsColumn<T extends { tags: Array<{ name: string }> }>(column: ColumnHelper<T>) {
  return column.accessor((row) => row.tags, {
    id: "tags",
    header: "Tags",
    cell: (c) => (
      <div className="flex flex-wrap gap-1">
        {c.getValue().map((t) => (
          <Badge key={t.name}>{t.name}</Badge>
        ))}
      </div>
    ),
  });
}

/** A date column (id `id`, e.g. "createdAt", which is also its sort key) shown with DateCell. */
export function dateColumn<T>(column: ColumnHelper<T>, id: string, header: string, value: (row: T) => Date | null, timeZone: string) {
  return column.accessor(value, { id, header, cell: (c) => <DateCell date={c.getValue()} timeZone={timeZone} /> });
}
