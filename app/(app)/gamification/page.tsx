import type { Metadata } from "next";
import { AchievementsGrid } from "@/components/gamification/AchievementsGrid";
import { ConsistencyChart } from "@/components/gamification/ConsistencyChart";
import { Leaderboard } from "@/components/gamification/Leaderboard";
import { LevelCard } from "@/components/gamification/LevelCard";
import { LevelRewards } from "@/components/gamification/LevelRewards";
import { RewardSettingsManager } from "@/components/gamification/RewardSettingsManager";
import { StreakCard } from "@/components/gamification/StreakCard";
import { XpByDayChart } from "@/components/gamification/XpByDayChart";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { loadGamificationPage } from "@/server/services/gamification/load-gamification-page";

export const metadata: Metadata = { title: "Gamification" };

const CONSISTENCY_RULE =
  "Score = 50 × share of days with outreach + 30 × share of days the daily goal was hit + 20 × evenness (average ÷ best day), over the last 7 days; paused days, and today until your first outreach, are left out.";

/** /gamification: level and progress, XP this week, streaks, consistency, achievements, level rewards and the weekly leaderboard. */
export default async function GamificationPage() {
  const user = await requireUser();
  const { summary, xpByDay, consistency, achievements, rewards, leaderboard } = await loadGamificationPage(user, new Date());
  return (
    <>
      <PageHeader
        title="Gamification"
        description="Your level, streak and achievements from the outreach and deals you log."
        actions={
          <>
            <LinkButton href="/missions">Mission</LinkButton>
            <LinkButton href="/boss">Boss fight</LinkButton>
            <LinkButton href="/goals">Goals</LinkButton>
            <LinkButton href="/rewards" variant="primary">
              Shop · {summary.tokens.toLocaleString("en")} tokens
            </LinkButton>
          </>
        }
      />
      <div className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <LevelCard xp={summary.xp} progress={summary.progress} />
          <StreakCard current={summary.currentStreak} longest={summary.longestStreak} pausedUntil={summary.paused?.toDay ?? null} />
          <Card className="flex flex-col gap-2 p-4" data-testid="game-xp-week">
            <div className="text-xs text-slate-500">XP this week</div>
            <div className="text-3xl font-semibold text-slate-900 tabular-nums">{summary.xpThisWeek.toLocaleString("en")}</div>
            <p className="text-xs text-slate-500">Since Monday, your time zone</p>
          </Card>
          <Card className="flex flex-col gap-2 p-4" data-testid="game-consistency">
            <div className="text-xs text-slate-500">Consistency (7 days)</div>
            <div className="text-3xl font-semibold text-green-700 tabular-nums">{consistency.score === null ? "—" : `${consistency.score}`}</div>
            <p className="text-xs text-slate-500">
              {consistency.score === null ? "Paused all week" : `${consistency.activeDays} of ${consistency.countedDays} counted days active`}
            </p>
          </Card>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <XpByDayChart days={xpByDay} total={xpByDay.reduce((sum, d) => sum + d.xp, 0)} />
          <ConsistencyChart score={consistency.score} components={consistency.components} countedDays={consistency.countedDays} explanation={CONSISTENCY_RULE} />
        </div>
        <Card>
          <CardHeader title="Achievements" />
          <AchievementsGrid achievements={achievements} timeZone={user.timeZone} />
        </Card>
        <Card>
          <CardHeader title="Level rewards" />
          <LevelRewards upcoming={rewards.upcoming} history={rewards.history} level={summary.level} timeZone={user.timeZone} />
          <div className="border-t border-slate-100">
            <h3 className="px-4 pt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">Settings</h3>
            <RewardSettingsManager settings={rewards.settings} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Team leaderboard this week" />
          <Leaderboard optedIn={leaderboard.optedIn} rows={leaderboard.rows} weekLabel={leaderboard.weekLabel} />
        </Card>
      </div>
    </>
  );
}
