import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "./ProgressBar";

type Mission = { label: string; target: number; progress: number; reward: number; completedAt: Date | null };

/** Today's mission: what to do, a progress bar, the token reward, and "Done" once complete. A null mission means a pause is on. */
export function MissionCard({ mission, testId = "game-mission", compact = false, href }: { mission: Mission | null; testId?: string; compact?: boolean; href?: string }) {
  if (!mission) {
    return (
      <Card className="flex h-full flex-col gap-2 p-4" data-testid={testId}>
        <div className="text-xs text-slate-500">Today&apos;s mission</div>
        <p className="text-sm text-sky-700">Missions are paused. Enjoy the break.</p>
      </Card>
    );
  }
  const done = mission.completedAt !== null;
  return (
    <Card className="flex h-full flex-col gap-2 p-4" data-testid={testId}>
      <div className="flex items-center justify-between gap-2">
        <div className="text-xs text-slate-500">Today&apos;s mission</div>
        {href ? <Link href={href} className="text-xs text-sky-700 hover:underline">Open</Link> : null}
      </div>
      <p className={compact ? "text-sm font-medium text-slate-900" : "text-lg font-medium text-slate-900"} data-testid="mission-label">
        {mission.label}
      </p>
      <ProgressBar value={mission.progress} max={mission.target} label="Mission progress" tone={done ? "green" : "brand"} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500 tabular-nums" data-testid="mission-progress">
          {Math.min(mission.progress, mission.target)} / {mission.target}
        </p>
        {done ? <Badge tone="green">Done · {mission.reward} tokens earned</Badge> : <Badge tone="amber">+{mission.reward} tokens</Badge>}
      </div>
    </Card>
  );
}
