import type { Metadata } from "next";
import { MissionCard } from "@/components/gamification/MissionCard";
import { ProgressBar } from "@/components/gamification/ProgressBar";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { formatInZone, zonedDayStart } from "@/lib/dates";
import { dayLabel } from "@/lib/gamification/day-labels";
import { requireUser } from "@/server/auth/session";
import { loadMissionsPage } from "@/server/services/gamification/load-missions-page";

export const metadata: Metadata = { title: "Missions" };

/** /missions: today's mission with its progress and reward, and the last 7 days' missions. */
export default async function MissionsPage() {
  const user = await requireUser();
  const { today, history, pause } = await loadMissionsPage(user.id, new Date());
  return (
    <>
      <PageHeader
        title="Daily mission"
        description="One mission a day, new at your midnight. Complete it for 4–8 tokens."
        actions={<LinkButton href="/gamification">Level and achievements</LinkButton>}
      />
      <div className="grid max-w-3xl gap-4">
        <MissionCard mission={today} testId="mission-today" />
        {pause ? <p className="text-sm text-sky-700">Paused until {dayLabel(pause.toDay)}: {pause.reason}</p> : null}
        <Card>
          <CardHeader title="Last 7 days" />
          {history.length === 0 ? (
            <p className="p-4 text-sm text-slate-500">No missions yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="mission-history">
              {history.map((m) => (
                <li key={m.id} className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[8rem_1fr_10rem] sm:items-center">
                  <span className="text-slate-500">{formatInZone(zonedDayStart(m.localDate, user.timeZone), user.timeZone, "EEE d MMM")}</span>
                  <div className="space-y-1">
                    <span className="text-slate-800">{m.label}</span>
                    <ProgressBar value={m.progress} max={m.target} label={`Progress of ${m.localDate}'s mission`} tone={m.completedAt ? "green" : "amber"} />
                  </div>
                  <span className="flex items-center justify-end gap-2 tabular-nums">
                    {Math.min(m.progress, m.target)}/{m.target}
                    {m.completedAt ? <Badge tone="green">+{m.reward} tokens</Badge> : <Badge>{today && m.localDate === today.localDate ? "In progress" : "Missed"}</Badge>}
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
