import type { Metadata } from "next";
import { AddSuppressionForm } from "@/components/suppression/AddSuppressionForm";
import { SuppressionFilters } from "@/components/suppression/SuppressionFilters";
import { SuppressionTable } from "@/components/suppression/SuppressionTable";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { parseSuppressionListQuery, suppressionListSearch } from "@/lib/validation/suppression";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";
import { listSuppressions } from "@/server/services/suppression/list-suppressions";
import { canRemoveSuppression } from "@/server/services/suppression/remove-suppression";

export const metadata: Metadata = { title: "Suppression list" };

export default async function SuppressionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseSuppressionListQuery(await searchParams);
  const { rows, total } = await listSuppressions(query);
  const canRemove = canRemoveSuppression(user);
  return (
    <>
      <PageHeader
        title="Suppression list"
        description={`${total.toLocaleString("en")} address${total === 1 ? "" : "es"} no email goes to: unsubscribed, hard-bounced, complained or added by hand. Every send checks this list.`}
        actions={
          <LinkButton href={`/settings/suppression/export${suppressionListSearch({ q: query.q, reason: query.reason })}`} prefetch={false}>
            Export CSV
          </LinkButton>
        }
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-3">
          <SuppressionFilters query={query} />
          <SuppressionTable rows={rows} total={total} query={query} timeZone={user.timeZone} canRemove={canRemove} />
          {canRemove ? null : <p className="text-xs text-slate-500">Only a manager or an admin can take an address off the list.</p>}
        </div>
        <Card className="self-start">
          <CardHeader title="Add an address" />
          <div className="p-4">
            <AddSuppressionForm />
          </div>
        </Card>
      </div>
    </>
  );
}
