import type { Metadata } from "next";
import { BossCard } from "@/components/gamification/BossCard";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { monthLabel } from "@/lib/gamification/day-labels";
import { requireUser } from "@/server/auth/session";
import { loadBossPage } from "@/server/services/gamification/load-boss-page";

export const metadata: Metadata = { title: "Boss fight" };

/** /boss: this month's boss fight (target, progress, reward, "Boss defeated!") and past bosses with their outcome. */
export default async function BossPage() {
  const user = await requireUser();
  const { current, past } = await loadBossPage(user.id, new Date());
  return (
    <>
      <PageHeader
        title="Boss fight"
        description="A new boss every month. Beat it before the month ends for 50–150 tokens. Pause mode does not stop it."
        actions={<LinkButton href="/gamification">Level and achievements</LinkButton>}
      />
      <div className="grid max-w-3xl gap-4">
        <BossCard boss={current} testId="boss-current" />
        <Card>
          <CardHeader title="Past bosses" />
          {past.length === 0 ? (
            <p className="p-4 text-sm text-slate-500">This is your first boss.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="past-bosses">
              {past.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                  <span className="w-32 text-slate-500">{monthLabel(b.month)}</span>
                  <span className="font-medium text-slate-900">{b.name}</span>
                  <span className="text-slate-600">{b.label}</span>
                  <span className="ml-auto flex items-center gap-2 tabular-nums">
                    {Math.min(b.progress, b.target)}/{b.target}
                    {b.outcome === "DEFEATED" ? (
                      <Badge tone="green">Defeated{b.defeatedAt ? ` ${formatInZone(b.defeatedAt, user.timeZone, "d MMM")}` : ""} · +{b.reward}</Badge>
                    ) : b.outcome === "ESCAPED" ? (
                      <Badge tone="red">Escaped</Badge>
                    ) : (
                      <Badge tone="amber">Active</Badge>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
