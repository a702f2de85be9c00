import { formatInZone } from "@/lib/dates";

type Upcoming = { rewardId: string; name: string; kind: "RECURRING" | "MILESTONE"; level: number };
type Unlocked = { id: string; name: string; level: number; unlockedAt: Date };

/** The rewards still to come (nearest level first) and the ones already unlocked (newest first, dates in `timeZone`). */
export function LevelRewards({ upcoming, history, level, timeZone }: { upcoming: Upcoming[]; history: Unlocked[]; level: number; timeZone: string }) {
  return (
    <div className="grid gap-4 p-4 md:grid-cols-2">
      <section aria-labelledby="upcoming-rewards">
        <h3 id="upcoming-rewards" className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Upcoming
        </h3>
        {upcoming.length === 0 ? (
          <p className="text-sm text-slate-500">Nothing to come. Add a reward below.</p>
        ) : (
          <ul className="space-y-1.5 text-sm" data-testid="upcoming-rewards">
            {upcoming.map((u) => (
              <li key={`${u.rewardId}-${u.level}`} className="flex items-center justify-between gap-2">
                <span className="text-slate-800">{u.name}</span>
                <span className="text-slate-500 tabular-nums">
                  level {u.level} <span className="text-xs">({u.level - level} to go)</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unlocked-rewards">
        <h3 id="unlocked-rewards" className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Unlocked
        </h3>
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">No rewards unlocked yet.</p>
        ) : (
          <ul className="space-y-1.5 text-sm" data-testid="unlocked-rewards">
            {history.map((h) => (
              <li key={h.id} className="flex items-center justify-between gap-2">
                <span className="text-slate-800">{h.name}</span>
                <span className="text-slate-500">
                  level {h.level} · {formatInZone(h.unlockedAt, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
