import { describe, expect, it } from "vitest";
import { ACHIEVEMENTS, achievementsReached } from "@/lib/gamification/achievements";
import { BOSS_TYPES, drawBoss } from "@/lib/gamification/bosses";
import { consistencyScore, type ConsistencyDay } from "@/lib/gamification/consistency";
import { GOAL_KINDS, goalPeriodKey, recommendTarget } from "@/lib/gamification/goals";
import { LEVEL_THRESHOLDS, levelForXp, levelProgress } from "@/lib/gamification/levels";
import { addDaysToDay, addMonthsToMonth, daysBetween, isoWeekKey } from "@/lib/gamification/local-days";
import { dayAndWeekOf } from "@/lib/gamification/local-periods";
import { zonedDay } from "@/lib/dates";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { dayPeriod, weekPeriod } from "@/lib/periods";
import { drawMission, MISSION_TYPES } from "@/lib/gamification/missions";
import { isPausedDay, lastPausedDay, plannedPause } from "@/lib/gamification/pause";
import { rewardLevelsCrossed } from "@/lib/gamification/reward-defaults";
import { GAME_RULES, isDormantLead, isProposalStage, STREAK_TOKEN_BONUSES, STREAK_XP_BONUSES } from "@/lib/gamification/rules";
import { advanceStreak, currentStreakOn, streakEndingAtLatest } from "@/lib/gamification/streaks";
import { GoalKind } from "@/server/generated/sqlite/enums";

describe("XP and token rules (issue 14, kept exactly)", () => {
  it.each([
    ["OUTREACH_LOGGED", 5, 1],
    ["LEAD_CONTACTED", 4, 1],
    ["CALL_BOOKED", 8, 0],
    ["PROPOSAL_SENT", 12, 2],
    ["DEAL_WON", 30, 0],
    ["TASK_COMPLETED", 8, 1],
    ["DAILY_GOAL_HIT", 10, 3],
    ["WEEKLY_GOAL_HIT", 25, 7],
    ["MONTHLY_REVENUE_GOAL_HIT", 50, 0],
  ] as const)("%s pays %i XP and %i tokens", (rule, xp, tokens) => {
    expect(GAME_RULES[rule]).toMatchObject({ xp, tokens });
  });

  it("pays the streak XP once at 10 and 30 days and tokens at 3, 7, 14 and 30 days", () => {
    expect(STREAK_XP_BONUSES).toEqual([
      { days: 10, xp: 20 },
      { days: 30, xp: 50 },
    ]);
    expect(STREAK_TOKEN_BONUSES).toEqual([
      { days: 3, tokens: 5 },
      { days: 7, tokens: 10 },
      { days: 14, tokens: 20 },
      { days: 30, tokens: 30 },
    ]);
  });

  it("counts the lead pipeline's Proposal Sent and the deal pipelines' Proposal as proposal stages", () => {
    expect(isProposalStage("Proposal Sent")).toBe(true);
    expect(isProposalStage(" proposal ")).toBe(true);
    expect(isProposalStage("Negotiation")).toBe(false);
  });

  it("calls a lead dormant when it is 30 days old and untouched for 30 days", () => {
    const at = new Date("2026-12-06T12:00:00Z");
    expect(isDormantLead({ createdAt: new Date("2026-10-01T00:00:00Z"), previousTouchAt: null }, at)).toBe(true);
    expect(isDormantLead({ createdAt: new Date("2026-10-01T00:00:00Z"), previousTouchAt: new Date("2026-11-06T12:00:00Z") }, at)).toBe(true);
    expect(isDormantLead({ createdAt: new Date("2026-10-01T00:00:00Z"), previousTouchAt: new Date("2026-11-20T00:00:00Z") }, at)).toBe(false);
    expect(isDormantLead({ createdAt: new Date("2026-11-20T00:00:00Z"), previousTouchAt: null }, at)).toBe(false);
  });
});

describe("levels", () => {
  it("has the 15 thresholds of the old system", () => {
    expect(LEVEL_THRESHOLDS).toEqual([0, 150, 400, 800, 1400, 2200, 3200, 4500, 6500, 9000, 12000, 16000, 20000, 25000, 30000]);
  });

  it("reaches each level exactly at its threshold", () => {
    LEVEL_THRESHOLDS.forEach((threshold, i) => {
      expect(levelForXp(threshold)).toBe(i + 1);
      if (threshold > 0) expect(levelForXp(threshold - 1)).toBe(i);
    });
    expect(levelForXp(-20)).toBe(1);
    expect(levelForXp(1_000_000)).toBe(15);
  });

  it("reports progress within a level and a full bar at the top", () => {
    expect(levelProgress(275)).toEqual({ level: 2, from: 150, to: 400, fraction: 0.5 });
    expect(levelProgress(30000)).toEqual({ level: 15, from: 30000, to: null, fraction: 1 });
  });
});

describe("local days", () => {
  it("adds days across month and year ends and counts days between", () => {
    expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-28", "2026-04-02")).toBe(5);
    expect(addMonthsToMonth("2026-12", 1)).toBe("2027-01");
    expect(addMonthsToMonth("2026-01", -1)).toBe("2025-12");
  });

  it("finds the local day (zonedDay's cached Intl formatter) as date-fns' TZDate does, every 97 minutes over two years in zones with and without DST", () => {
    for (const tz of ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Pacific/Chatham", "Asia/Kolkata", "America/Santiago"]) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 97 * 60_000) {
        const at = new Date(t);
        const expected = format(new TZDate(t, tz), "yyyy-MM-dd");
        if (zonedDay(at, tz) !== expected) expect([tz, at.toISOString(), zonedDay(at, tz)]).toEqual([tz, at.toISOString(), expected]);
      }
    }
  });

  it("names ISO weeks like date-fns, across year ends", () => {
    for (let t = Date.UTC(2020, 11, 20); t < Date.UTC(2027, 0, 10); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(isoWeekKey(day)).toBe(format(new TZDate(t, "UTC"), "RRRR-'W'II"));
    }
  });

  it("memoises day and week boundaries without changing them (DST days are 23 or 25 hours)", () => {
    const at = new Date("2026-03-08T15:00:00Z");
    expect(dayAndWeekOf(at, "America/New_York")).toEqual({ day: dayPeriod(at, "America/New_York"), week: weekPeriod(at, "America/New_York") });
    const { day } = dayAndWeekOf(at, "America/New_York");
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3_600_000);
    expect(dayAndWeekOf(new Date("2026-03-08T20:00:00Z"), "America/New_York")).toBe(dayAndWeekOf(at, "America/New_York"));
  });
});

describe("streaks", () => {
  const never = () => false;
  const start = { current: 0, longest: 0, lastDay: null };

  it("counts consecutive days and restarts after a missed day, keeping the longest", () => {
    let state = advanceStreak(start, "2026-12-01", never).state;
    state = advanceStreak(state, "2026-12-02", never).state;
    const third = advanceStreak(state, "2026-12-03", never);
    expect(third).toEqual({ state: { current: 3, longest: 3, lastDay: "2026-12-03" }, reached: 3 });
    expect(advanceStreak(third.state, "2026-12-03", never).reached).toBeNull();
    expect(advanceStreak(third.state, "2026-12-05", never).state).toEqual({ current: 1, longest: 3, lastDay: "2026-12-05" });
  });

  it("skips paused days: they neither break nor extend the streak", () => {
    const paused = (d: string) => d === "2026-12-03" || d === "2026-12-04";
    const state = { current: 2, longest: 2, lastDay: "2026-12-02" };
    expect(advanceStreak(state, "2026-12-03", paused)).toEqual({ state, reached: null });
    expect(advanceStreak(state, "2026-12-05", paused).state.current).toBe(3);
    expect(currentStreakOn(state, "2026-12-05", paused)).toBe(2);
    expect(currentStreakOn(state, "2026-12-05", never)).toBe(0);
    expect(currentStreakOn(state, "2026-12-03", never)).toBe(2);
  });

  it("recomputes the streak ending at the latest active day", () => {
    const days = new Set(["2026-12-01", "2026-12-02", "2026-12-04", "2026-12-05", "2026-12-07"]);
    expect(streakEndingAtLatest(days, (d) => d === "2026-12-06")).toEqual({ current: 3, lastDay: "2026-12-07" });
    expect(streakEndingAtLatest(days, never)).toEqual({ current: 1, lastDay: "2026-12-07" });
    expect(streakEndingAtLatest(new Set(), never)).toEqual({ current: 0, lastDay: null });
  });
});

describe("pauses", () => {
  it("covers today to today + days - 1, and ending early frees the day it ended on", () => {
    expect(plannedPause("2026-12-06", 3)).toEqual({ fromDay: "2026-12-06", toDay: "2026-12-08" });
    const ended = { fromDay: "2026-12-06", toDay: "2026-12-10", endedDay: "2026-12-08" };
    expect(lastPausedDay(ended)).toBe("2026-12-07");
    expect(isPausedDay([ended], "2026-12-07")).toBe(true);
    expect(isPausedDay([ended], "2026-12-08")).toBe(false);
  });
});

describe("consistency score", () => {
  const day = (d: number, outreach: number, extra: Partial<ConsistencyDay> = {}): ConsistencyDay => ({ day: `2026-12-0${d}`, outreach, goalHit: false, paused: false, today: false, ...extra });

  it("is 100 for a week of even outreach with every daily goal hit", () => {
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => day(d, 10, { goalHit: true, today: d === 7 }));
    expect(consistencyScore(days).score).toBe(100);
  });

  it("weighs days active 50, goals 30 and spread 20 (hand-computed)", () => {
    // Counted: 6 days (today has nothing yet); active 3/6; goals 1/6; spread = mean 12/6 = 2 over most 6 = 1/3.
    const days = [day(1, 6, { goalHit: true }), day(2, 0), day(3, 4), day(4, 0), day(5, 2), day(6, 0), day(7, 0, { today: true })];
    const result = consistencyScore(days);
    expect(result.countedDays).toBe(6);
    expect(result.score).toBe(Math.round(50 * 0.5 + 30 * (1 / 6) + 20 * (1 / 3)));
    expect(result.score).toBe(37);
    expect(result.components.map((c) => c.key)).toEqual(["active", "goals", "spread"]);
  });

  it("leaves paused days out, and a fully paused week has no score", () => {
    const days = [day(1, 5), day(2, 0, { paused: true }), day(3, 5)];
    expect(consistencyScore(days)).toMatchObject({ countedDays: 2, activeDays: 2 });
    expect(consistencyScore([day(1, 0, { paused: true })]).score).toBeNull();
  });
});

describe("goal recommendations (hand-computed histories)", () => {
  it("mirrors the Prisma enum GoalKind", () => {
    expect([...GOAL_KINDS].sort()).toEqual(Object.values(GoalKind).sort());
  });

  it("takes the median of periods with activity, +10%, rounded up, with a floor", () => {
    // Active days 3,4,5,6,8 → median 5 → 5.5 → 6.
    expect(recommendTarget("DAILY_OUTREACH", [3, 0, 5, 8, 4, 0, 6, 0, 0, 0, 0, 0, 0, 0])).toBe(6);
    // Even count: 10,20,30,40 → median 25 → 27.5 → 28; floor 5 does not bite.
    expect(recommendTarget("DAILY_OUTREACH", [10, 20, 30, 40])).toBe(28);
    // Little history: the floor (daily 5, weekly 25, deals 1).
    expect(recommendTarget("DAILY_OUTREACH", [1, 2, 0])).toBe(5);
    expect(recommendTarget("DAILY_OUTREACH", [])).toBe(5);
    expect(recommendTarget("WEEKLY_OUTREACH", [40, 50, 0, 60])).toBe(55);
    expect(recommendTarget("MONTHLY_DEALS", [0, 0, 0])).toBe(1);
    expect(recommendTarget("MONTHLY_DEALS", [2, 3, 4, 0, 0, 0])).toBe(4);
    // Revenue: median 250,000 → 275,000 → rounded up to 280,000 (steps of 10,000 minor units).
    expect(recommendTarget("MONTHLY_REVENUE", [200_000, 250_000, 300_000])).toBe(280_000);
    expect(recommendTarget("MONTHLY_REVENUE", [10_000])).toBe(100_000);
  });

  it("keys goal periods by local day, ISO week and month", () => {
    const at = new Date("2026-12-06T23:30:00Z");
    expect(goalPeriodKey("DAILY_OUTREACH", at, "UTC")).toBe("DAILY_OUTREACH:2026-12-06");
    expect(goalPeriodKey("DAILY_OUTREACH", at, "Europe/Athens")).toBe("DAILY_OUTREACH:2026-12-07");
    expect(goalPeriodKey("WEEKLY_OUTREACH", at, "UTC")).toBe("WEEKLY_OUTREACH:2026-W49");
    expect(goalPeriodKey("MONTHLY_REVENUE", at, "UTC")).toBe("MONTHLY_REVENUE:2026-12");
  });
});

describe("daily missions", () => {
  it("draws the same mission for the same user and day, and its reward is 4–8 tokens", () => {
    expect(drawMission("user-a", "2026-12-06")).toEqual(drawMission("user-a", "2026-12-06"));
    const draws = Array.from({ length: 200 }, (_, i) => drawMission(`user-${i}`, "2026-12-06"));
    for (const m of draws) {
      expect(MISSION_TYPES).toContain(m.type);
      expect(m.reward).toBeGreaterThanOrEqual(4);
      expect(m.reward).toBeLessThanOrEqual(8);
    }
    expect(new Set(draws.map((m) => m.type)).size).toBe(4);
  });

  it("changes from day to day (a pinned draw)", () => {
    const week = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"].map((d) => drawMission("user-a", d));
    expect(new Set(week.map((m) => `${m.type}:${m.target}`)).size).toBeGreaterThan(1);
    // Pinned: the seed (FNV-1a of "mission:user-a:2026-12-06" into mulberry32) must not drift between releases.
    expect(drawMission("user-a", "2026-12-06")).toEqual({ type: "COMPLETE_TASKS", target: 4, reward: 7 });
  });
});

describe("boss fights", () => {
  it("draws one reproducible boss per user and month, with a 50–150 token reward in steps of 10", () => {
    expect(drawBoss("user-a", "2026-12")).toEqual(drawBoss("user-a", "2026-12"));
    const draws = Array.from({ length: 200 }, (_, i) => drawBoss(`user-${i}`, "2026-12"));
    for (const b of draws) {
      expect(BOSS_TYPES).toContain(b.type);
      expect(b.reward).toBeGreaterThanOrEqual(50);
      expect(b.reward).toBeLessThanOrEqual(150);
      expect(b.reward % 10).toBe(0);
      expect(b.name.length).toBeGreaterThan(0);
    }
    expect(new Set(draws.map((b) => b.type)).size).toBe(4);
  });
});

describe("level rewards and achievements", () => {
  it("unlocks recurring rewards at each multiple crossed and milestones once", () => {
    expect(rewardLevelsCrossed({ kind: "RECURRING", everyLevels: 2, atLevel: null }, 1, 5)).toEqual([2, 4]);
    expect(rewardLevelsCrossed({ kind: "MILESTONE", everyLevels: null, atLevel: 5 }, 4, 5)).toEqual([5]);
    expect(rewardLevelsCrossed({ kind: "MILESTONE", everyLevels: null, atLevel: 5 }, 5, 6)).toEqual([]);
    expect(rewardLevelsCrossed({ kind: "RECURRING", everyLevels: 3, atLevel: null }, 6, 5)).toEqual([]);
  });

  it("has about 20 achievements with unique keys, reached once", () => {
    expect(ACHIEVEMENTS.length).toBeGreaterThanOrEqual(18);
    expect(new Set(ACHIEVEMENTS.map((a) => a.key)).size).toBe(ACHIEVEMENTS.length);
    expect(achievementsReached({ outreach: 100 }, new Set(["first-outreach"])).map((a) => a.key)).toEqual(["outreach-100"]);
    expect(achievementsReached({ level: 5, streak: 7 }, new Set()).map((a) => a.key)).toEqual(["streak-3", "streak-7", "level-5"]);
  });
});
