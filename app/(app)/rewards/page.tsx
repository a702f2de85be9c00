import type { Metadata } from "next";
import { ShopGrid } from "@/components/gamification/ShopGrid";
import { ShopItemsManager } from "@/components/gamification/ShopItemsManager";
import { TokenLedgerTable } from "@/components/gamification/TokenLedgerTable";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { pageNumberSchema } from "@/lib/validation/gamification";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";
import { loadRewardsPage } from "@/server/services/gamification/load-rewards-page";

export const metadata: Metadata = { title: "Rewards" };

/** /rewards: the token balance, the reward shop with Buy, managing the shop, and the token history. */
export default async function RewardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const data = await loadRewardsPage(user.id, pageNumberSchema.parse((await searchParams).page), new Date());
  return (
    <>
      <PageHeader
        title="Rewards"
        description="Spend the tokens you earn on treats you set yourself."
        actions={<LinkButton href="/gamification">Level and achievements</LinkButton>}
      />
      <div className="grid gap-6">
        <Card className="flex flex-wrap items-center gap-4 p-4" data-testid="token-balance">
          <div>
            <div className="text-xs text-slate-500">Token balance</div>
            <div className="text-3xl font-semibold text-slate-900 tabular-nums" data-testid="token-balance-value">
              {data.balance.toLocaleString("en")}
            </div>
          </div>
          <p className="text-sm text-slate-500 sm:ml-auto sm:max-w-md">Tokens come from outreach, contacting leads, tasks, proposals, goals, streak bonuses and missions. They are separate from XP: spending them never lowers your level.</p>
        </Card>
        <section aria-labelledby="shop-title" className="space-y-3">
          <h2 id="shop-title" className="text-sm font-semibold text-slate-800">
            Shop
          </h2>
          <ShopGrid items={data.items.filter((i) => i.enabled)} balance={data.balance} />
        </section>
        <Card>
          <CardHeader title={`Token history (${data.total.toLocaleString("en")})`} />
          <TokenLedgerTable rows={data.transactions} page={data.page} pages={data.pages} total={data.total} timeZone={user.timeZone} />
        </Card>
        <Card>
          <details>
            <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-800">Manage shop</summary>
            <ShopItemsManager items={data.items} />
          </details>
        </Card>
      </div>
    </>
  );
}
