import Link from "next/link";
import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { ActionResult } from "@/server/action";
import { DeleteRestoreButton } from "./DeleteRestoreButton";

/**
 * A record's page (lead, company, contact): the header, then the page's cards beside its timeline
 * (below it, on narrow screens).
 */
export function RecordPage({ header, timeline, children }: { header: React.ReactNode; timeline: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-5">
      {header}
      <div className="grid gap-5 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-5">{children}</div>
        <Card>
          <CardHeader title="Timeline" />
          <div className="p-4">{timeline}</div>
        </Card>
      </div>
    </div>
  );
}

/**
 * The top of a record's page: links to where it sits (its list, its company), its name, a row of
 * badges ending with its tags, and the actions on the right (below, on narrow screens).
 */
export function RecordHeader({
  crumbs,
  title,
  badges,
  tags,
  actions,
}: {
  crumbs: Array<{ href: string; label: string }>;
  title: string;
  badges: React.ReactNode;
  tags: Array<{ name: string }>;
  actions?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <p className="text-sm text-slate-500">
          {crumbs.map((crumb, i) => (
            <Fragment key={crumb.href}>
              {i > 0 ? " · " : null}
              <Link href={crumb.href} className="hover:underline">
                {crumb.label}
              </Link>
            </Fragment>
          ))}
        </p>
        <h1 className="text-xl font-semibold break-words text-slate-900">{title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {badges}
          {tags.map((t) => (
            <Badge key={t.name}>{t.name}</Badge>
          ))}
        </div>
      </div>
      {actions}
    </div>
  );
}

/**
 * Edit, and Delete (confirmed) or Restore once deleted, for a soft-deletable record (company,
 * contact). The actions are server actions bound to the record's id.
 */
export function RecordActions({
  editHref,
  deleted,
  what,
  onDelete,
  onRestore,
}: {
  editHref: string;
  deleted: boolean;
  /** The record as named in the confirmation, e.g. "this company". */
  what: string;
  onDelete: () => Promise<ActionResult<unknown>>;
  onRestore: () => Promise<ActionResult<unknown>>;
}) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!deleted ? <LinkButton href={editHref}>Edit</LinkButton> : null}
      <DeleteRestoreButton deleted={deleted} what={what} onDelete={onDelete} onRestore={onRestore} />
    </div>
  );
}
