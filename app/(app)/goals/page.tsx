import type { Metadata } from "next";
import { GoalRow } from "@/components/gamification/GoalRow";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { loadGoalsPage } from "@/server/services/gamification/load-goals-page";

export const metadata: Metadata = { title: "Goals" };

/** /goals: daily and weekly outreach, monthly revenue and deals — target, recommendation, progress and the manual override. */
export default async function GoalsPage() {
  const user = await requireUser();
  const { goals } = await loadGoalsPage(user.id, new Date());
  return (
    <>
      <PageHeader title="Goals" description="Targets recommended from your own history; set your own whenever you like." actions={<LinkButton href="/gamification">Level and achievements</LinkButton>} />
      <div className="grid max-w-3xl gap-4">
        {goals.map((goal) => (
          <GoalRow key={`${goal.kind}-${goal.target}`} goal={goal} />
        ))}
        <Card className="space-y-2 p-4 text-sm text-slate-600" data-testid="goal-rule">
          <h2 className="font-semibold text-slate-800">How the recommendation works</h2>
          <p>
            Each recommended target is the median of your recent periods that had any activity — the last 14 days for daily outreach, the last 8 complete weeks for
            weekly outreach, the last 6 complete months for revenue (paid projects) and deals (closed won) — raised by 10% and rounded up. Periods with nothing
            (holidays, days off) are left out so they do not drag it down. It never goes below 5 outreach a day, 25 a week, 1,000 of revenue or 1 deal a month.
          </p>
          <p>
            Type your own target and choose <em>Keep manual</em>: the recommendation no longer replaces it until you choose <em>Reset to recommended</em>.
            Hitting a goal pays XP and tokens once per period: daily +10 XP and +3 tokens, weekly +25 XP and +7 tokens, monthly revenue +50 XP. Pause mode freezes
            daily goals.
          </p>
        </Card>
      </div>
    </>
  );
}
