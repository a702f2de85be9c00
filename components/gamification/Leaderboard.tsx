"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLeaderboardOptInAction } from "@/app/(app)/gamification/actions";
import { Checkbox } from "@/components/ui/input";
import { InlineError } from "@/components/ui/field";
import { cn } from "@/lib/cn";

type Row = { userId: string; name: string; xp: number; rank: number; isViewer: boolean };

/**
 * The opt-in weekly team leaderboard: XP this week of everyone who chose to be on it, and the
 * viewer's own switch. Nobody appears without opting in.
 */
export function Leaderboard({ optedIn, rows, weekLabel }: { optedIn: boolean; rows: Row[]; weekLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = (value: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await setLeaderboardOptInAction(value);
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="space-y-3 p-4">
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <Checkbox checked={optedIn} disabled={pending} onChange={(e) => toggle(e.target.checked)} />
        Show me on the team leaderboard
      </label>
      <InlineError message={error} />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">Nobody has joined the leaderboard yet.</p>
      ) : (
        <table className="w-full text-sm" data-testid="leaderboard">
          <caption className="sr-only">XP this week ({weekLabel}) of everyone on the leaderboard</caption>
          <thead>
            <tr className="text-left text-slate-500">
              <th scope="col" className="w-10 py-1 font-medium">#</th>
              <th scope="col" className="py-1 font-medium">Name</th>
              <th scope="col" className="py-1 text-right font-medium">XP this week</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.userId} className={cn("border-t border-slate-100", row.isViewer && "bg-brand-50 font-medium")}>
                <td className="py-1.5 tabular-nums">{row.rank}</td>
                <td className="py-1.5">
                  {row.name}
                  {row.isViewer ? <span className="text-slate-500"> (you)</span> : null}
                </td>
                <td className="py-1.5 text-right tabular-nums">{row.xp.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-xs text-slate-500">Week of {weekLabel}, Monday to Sunday in your time zone.</p>
    </div>
  );
}
