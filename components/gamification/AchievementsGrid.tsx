import { cn } from "@/lib/cn";
import { formatInZone } from "@/lib/dates";

type Achievement = { key: string; title: string; description: string; unlockedAt: Date | null };

/** Every achievement as a tile: unlocked ones in colour with their date (in `timeZone`), locked ones greyed. */
export function AchievementsGrid({ achievements, timeZone }: { achievements: Achievement[]; timeZone: string }) {
  const unlocked = achievements.filter((a) => a.unlockedAt).length;
  return (
    <div className="space-y-3 p-4">
      <p className="text-sm text-slate-600">
        {unlocked} of {achievements.length} unlocked
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="achievements">
        {achievements.map((a) => (
          <li
            key={a.key}
            data-testid={`achievement-${a.key}`}
            data-unlocked={a.unlockedAt ? "true" : "false"}
            className={cn("flex gap-3 rounded-md border p-3", a.unlockedAt ? "border-amber-200 bg-amber-50" : "border-slate-200 bg-slate-50 text-slate-500")}
          >
            <span className={cn("text-2xl leading-none", a.unlockedAt ? "text-amber-500" : "text-slate-300")} aria-hidden>
              {a.unlockedAt ? "★" : "☆"}
            </span>
            <div className="min-w-0">
              <div className={cn("text-sm font-medium", a.unlockedAt ? "text-slate-900" : "text-slate-600")}>{a.title}</div>
              <div className="text-xs">{a.description}</div>
              <div className="mt-1 text-xs font-medium">{a.unlockedAt ? `Unlocked ${formatInZone(a.unlockedAt, timeZone)}` : <span className="sr-only">Locked</span>}</div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
