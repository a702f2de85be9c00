import type { Metadata } from "next";
import Link from "next/link";
import { SequenceStatusBadge } from "@/components/sequences/SequenceStatusBadge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { describeWindow } from "@/lib/sequences/describe-sequence";
import { sequenceListQuerySchema } from "@/lib/validation/sequence";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";
import { listSequences } from "@/server/services/sequences/list-sequences";

export const metadata: Metadata = { title: "Sequences" };

export default async function SequencesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const query = sequenceListQuerySchema.parse(await searchParams);
  const rows = await listSequences(query);
  return (
    <>
      <PageHeader
        title="Sequences"
        description="Multi-step outreach — automatic emails, manual tasks and waits — that stops when a lead replies."
        actions={
          <span className="flex gap-2">
            <LinkButton href={query.status === "ARCHIVED" ? "/sequences" : "/sequences?status=ARCHIVED"} variant="secondary">
              {query.status === "ARCHIVED" ? "Current" : "Archived"}
            </LinkButton>
            <LinkButton href="/sequences/new" variant="primary">
              New sequence
            </LinkButton>
          </span>
        }
      />
      <Card className="overflow-x-auto">
        <table className="w-full text-sm" aria-label="Sequences">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="p-3">Name</th>
              <th>Status</th>
              <th>Steps</th>
              <th>Window</th>
              <th className="text-right">Active</th>
              <th className="text-right">Completed</th>
              <th className="pr-3 text-right">Exited</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <td className="p-3">
                  <Link href={`/sequences/${row.id}`} className="font-medium text-sky-700 hover:underline">
                    {row.name}
                  </Link>
                </td>
                <td>
                  <SequenceStatusBadge status={row.status} />
                </td>
                <td className="tabular-nums">{row.steps.length}</td>
                <td className="text-slate-600">{describeWindow(row)}</td>
                <td className="text-right tabular-nums">{row.enrolments.active.toLocaleString("en")}</td>
                <td className="text-right tabular-nums">{row.enrolments.completed.toLocaleString("en")}</td>
                <td className="pr-3 text-right tabular-nums">{row.enrolments.exited.toLocaleString("en")}</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="p-6 text-center text-slate-500">
                  No sequences yet. A sequence sends emails and makes tasks in order, in each lead&apos;s own working hours.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
    </>
  );
}
