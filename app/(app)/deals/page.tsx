import type { Metadata } from "next";
import { DealFilters } from "@/components/deals/DealFilters";
import { DealTable } from "@/components/deals/DealTable";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import { dealListSearch, parseDealListQuery } from "@/lib/validation/deal";
import { requireUser } from "@/server/auth/session";
import { listDealTagNames } from "@/server/services/deals/deal-filter-options";
import { listDeals } from "@/server/services/deals/list-deals";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Deals" };

export default async function DealsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  await ensureDealPipeline();
  const query = parseDealListQuery(await searchParams);
  const [{ rows, total, totals }, pipelines, users, tags] = await Promise.all([listDeals(query, user), listDealPipelines(), listUsers(), listDealTagNames()]);
  const sums = totals.map((t) => `${formatMoney(t.value, t.currency)} (weighted ${formatMoney(t.weightedValue, t.currency)})`).join(" · ");
  return (
    <>
      <PageHeader
        title="Deals"
        description={`${total.toLocaleString("en")} deal${total === 1 ? "" : "s"}${sums ? ` · ${sums}` : ""}`}
        actions={
          <>
            <LinkButton href={`/deals/export${dealListSearch({ ...query, page: 1, hide: [] })}`} prefetch={false}>
              Export CSV
            </LinkButton>
            <LinkButton href="/deals/forecast">Forecast</LinkButton>
            <LinkButton href={`/deals/new${query.pipeline ? `?pipelineId=${encodeURIComponent(query.pipeline)}` : ""}`} variant="primary">
              New deal
            </LinkButton>
          </>
        }
      />
      <DealFilters query={query} pipelines={pipelines} users={users} tags={tags} />
      <DealTable rows={rows} total={total} query={query} timeZone={user.timeZone} />
    </>
  );
}
