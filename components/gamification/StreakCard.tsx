import Link from "next/link";
import { dayLabel } from "@/lib/gamification/day-labels";
import { Card } from "@/components/ui/card";

/**
 * The outreach streak: current and longest days in a row; while a pause is active it says the
 * streak is frozen until the pause's last day. `href` adds an Open link (dashboard).
 */
export function StreakCard({ current, longest, pausedUntil, testId = "game-streak", href }: { current: number; longest: number; pausedUntil: string | null; testId?: string; href?: string }) {
  return (
    <Card className="flex h-full flex-col gap-2 p-4" data-testid={testId}>
      <div className="flex items-center text-xs text-slate-500">
        Outreach streak
        {href ? <Link href={href} className="ml-auto text-xs text-sky-700 hover:underline">Open</Link> : null}
      </div>
      <div className="flex items-baseline gap-2">
        <span className="text-3xl font-semibold text-orange-600 tabular-nums" data-testid="streak-value">
          {current}
        </span>
        <span className="text-sm text-slate-600">day{current === 1 ? "" : "s"} in a row</span>
      </div>
      <p className="text-xs text-slate-500">
        Longest: <span className="tabular-nums">{longest}</span> day{longest === 1 ? "" : "s"}
      </p>
      {pausedUntil ? (
        <p className="text-xs font-medium text-sky-700" data-testid="streak-frozen">
          Frozen while paused (to {dayLabel(pausedUntil)})
        </p>
      ) : null}
    </Card>
  );
}
