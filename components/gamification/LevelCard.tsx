import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "./ProgressBar";

/** The user's level, total XP and progress to the next level (or "top level" at 15); `href` adds an Open link (dashboard). */
export function LevelCard({ xp, progress, testId = "game-level", href }: { xp: number; progress: { level: number; from: number; to: number | null; fraction: number }; testId?: string; href?: string }) {
  return (
    <Card className="flex h-full flex-col gap-2 p-4" data-testid={testId}>
      <div className="flex items-center text-xs text-slate-500">
        Level
        {href ? <Link href={href} className="ml-auto text-xs text-sky-700 hover:underline">Open</Link> : null}
      </div>
      <div className="flex items-baseline gap-2">
        <span className="text-3xl font-semibold text-violet-700 tabular-nums" data-testid="level-value">
          {progress.level}
        </span>
        <span className="text-sm text-slate-600 tabular-nums" data-testid="xp-value">
          {xp.toLocaleString("en")} XP
        </span>
      </div>
      {progress.to === null ? (
        <p className="text-sm text-slate-600">Top level reached.</p>
      ) : (
        <>
          <ProgressBar value={xp - progress.from} max={progress.to - progress.from} label={`Progress to level ${progress.level + 1}`} />
          <p className="text-xs text-slate-500">
            {(progress.to - xp).toLocaleString("en")} XP to level {progress.level + 1}
          </p>
        </>
      )}
    </Card>
  );
}
