import Link from "next/link";
import { monthLabel } from "@/lib/gamification/day-labels";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "./ProgressBar";

type Boss = { name: string; label: string; target: number; progress: number; reward: number; defeatedAt: Date | null; month: string };

/** This month's boss fight: its name, what beats it, a progress bar, the token reward and "Boss defeated!" once beaten. */
export function BossCard({ boss, testId = "game-boss", compact = false, href }: { boss: Boss; testId?: string; compact?: boolean; href?: string }) {
  const defeated = boss.defeatedAt !== null;
  return (
    <Card className="flex h-full flex-col gap-2 p-4" data-testid={testId}>
      <div className="flex items-center justify-between gap-2">
        <div className="text-xs text-slate-500">Boss fight · {monthLabel(boss.month)}</div>
        {href ? <Link href={href} className="text-xs text-sky-700 hover:underline">Open</Link> : null}
      </div>
      <p className={compact ? "text-sm font-semibold text-slate-900" : "text-xl font-semibold text-slate-900"}>
        {boss.name}
      </p>
      <p className="text-sm text-slate-600">{boss.label}</p>
      <ProgressBar value={boss.progress} max={boss.target} label="Boss fight progress" tone={defeated ? "green" : "red"} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500 tabular-nums" data-testid="boss-progress">
          {Math.min(boss.progress, boss.target)} / {boss.target}
        </p>
        <Badge tone={defeated ? "green" : "red"}>{boss.reward} tokens</Badge>
      </div>
      {defeated ? (
        <p className="text-sm font-semibold text-green-700" role="status" data-testid="boss-defeated">
          Boss defeated! +{boss.reward} tokens
        </p>
      ) : null}
    </Card>
  );
}
