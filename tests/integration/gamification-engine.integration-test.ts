import { describe, expect, it } from "vitest";
import { drawBoss } from "@/lib/gamification/bosses";
import { drawMission } from "@/lib/gamification/missions";
import { getDb, isPostgres, type Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { deleteActivity } from "@/server/services/activities/delete-activity";
import { updateActivity } from "@/server/services/activities/update-activity";
import { logActivity } from "@/server/services/activities/log-activity";
import { createDeal } from "@/server/services/deals/create-deal";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { moveDeal } from "@/server/services/deals/move-deal";
import { listAchievements } from "@/server/services/gamification/achievements";
import { awardActivityInTx } from "@/server/services/gamification/award-hooks";
import { ensureMonthlyBoss, listBosses } from "@/server/services/gamification/bosses";
import { getConsistency } from "@/server/services/gamification/consistency";
import { ensureGameDefaults } from "@/server/services/gamification/ensure-game-defaults";
import { getGameSummary } from "@/server/services/gamification/get-game-summary";
import { getGoals, resetGoalToRecommended, setGoalTarget, settleGoals } from "@/server/services/gamification/goals";
import { spendTokensInTx, tokenBalance } from "@/server/services/gamification/ledger";
import { listUnlockedRewards, listUpcomingRewards } from "@/server/services/gamification/level-rewards";
import { ensureDailyMission, listMissionHistory } from "@/server/services/gamification/missions";
import { endPause, getActivePause, startPause } from "@/server/services/gamification/pause";
import { rollOverGames } from "@/server/services/gamification/roll-over-games";
import { getXpByDay } from "@/server/services/gamification/xp-by-day";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { logOutreach } from "@/server/services/outreach/log-outreach";
import { completeTask } from "@/server/services/tasks/complete-task";
import { createTask } from "@/server/services/tasks/create-task";
import { deleteTask } from "@/server/services/tasks/delete-task";
import { reopenTask } from "@/server/services/tasks/reopen-task";
import { createTestUser, leadStages, type TestActor } from "../support/factories";

/** The pinned clock: Sunday 6 December 2026, 10:00 UTC. */
const NOW = new Date("2026-12-06T10:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function entries(userId: string) {
  return getDb().gameLedgerEntry.findMany({ where: { userId }, orderBy: [{ occurredAt: "asc" }, { rule: "asc" }], select: { rule: true, sourceType: true, sourceId: true, xp: true, tokens: true } });
}

async function profile(userId: string) {
  return getDb().gameProfile.findUniqueOrThrow({ where: { userId }, select: { xp: true, level: true, currentStreak: true, longestStreak: true, streakLastDay: true } });
}

const rulesOf = async (userId: string) => (await entries(userId)).map((e) => e.rule);

/** Logs an outbound email (outcome "no response") at `now`, optionally on a lead. */
function outreach(actor: TestActor, now: Date, leadId: string | null = null, outcome: "NO_RESPONSE" | "CONTACTED" | "BOOKED_CALL" = "NO_RESPONSE") {
  return logOutreach(actor, { type: "EMAIL", outcome, leadId }, now);
}

/** A deal pipeline with Qualified, Proposal, Won and Lost stages, and a deal in Qualified owned by `ownerId`. */
async function dealWithPipeline(ownerId: string | null) {
  const db = getDb();
  const pipeline = await db.pipeline.create({
    data: {
      name: `Deals ${Math.random()}`,
      kind: "DEAL",
      stages: {
        create: [
          { name: "Qualified", position: 0, kind: "OPEN" },
          { name: "Proposal", position: 1, kind: "OPEN" },
          { name: "Won", position: 2, kind: "WON" },
        ],
      },
    },
    include: { stages: true },
  });
  const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;
  const deal = await db.deal.create({ data: { title: "Website", pipelineId: pipeline.id, stageId: stage("Qualified"), ownerId, position: "a0" }, select: { id: true } });
  return { dealId: deal.id, stage };
}

describe("XP and token awards", () => {
  it("pays outreach +5 XP +1 token once, a first contact +4/+1 and a booked call +8 XP, to the author", async () => {
    const me = await createTestUser("SALES");
    const { id: leadId } = await createLead(me, { name: "Harbour Cafe" }, NOW);
    await outreach(me, NOW, leadId, "CONTACTED");
    expect(await entries(me.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "OUTREACH_LOGGED", sourceType: "activity", xp: 5, tokens: 1 }),
        expect.objectContaining({ rule: "LEAD_CONTACTED", sourceType: "lead", sourceId: leadId, xp: 4, tokens: 1 }),
      ]),
    );
    // A second "contacted" on the same lead (already Contacted) pays only the outreach.
    await outreach(me, new Date(NOW.getTime() + HOUR), leadId, "CONTACTED");
    await outreach(me, new Date(NOW.getTime() + 2 * HOUR), leadId, "BOOKED_CALL");
    const rules = await rulesOf(me.id);
    expect(rules.filter((r) => r === "OUTREACH_LOGGED")).toHaveLength(3);
    expect(rules.filter((r) => r === "LEAD_CONTACTED")).toHaveLength(1);
    expect(rules.filter((r) => r === "CALL_BOOKED")).toHaveLength(1);
    const xp = 3 * 5 + 4 + 8;
    expect((await profile(me.id)).xp).toBe(xp);
    expect(await tokenBalance(getDb(), me.id)).toBe(3 + 1);
  });

  it("pays nothing for a note or an inbound reply", async () => {
    const me = await createTestUser("SALES");
    const { id: leadId } = await createLead(me, { name: "Quiet Co" }, NOW);
    await logActivity(me, { type: "NOTE", body: "Thinking", leadId }, NOW);
    await logActivity(me, { type: "EMAIL", direction: "INBOUND", body: "Hi", leadId }, NOW);
    expect(await entries(me.id)).toEqual([]);
  });

  it("pays a lead reaching Proposal Sent +12 XP +2 tokens once per lead, to the mover", async () => {
    const me = await createTestUser("MANAGER");
    const stages = await leadStages();
    const { id: leadId } = await createLead(me, { name: "Proposal Ltd" }, NOW);
    await changeLeadStage(me, leadId, stages["Proposal Sent"], NOW);
    await changeLeadStage(me, leadId, stages["Qualified"], NOW);
    await changeLeadStage(me, leadId, stages["Proposal Sent"], NOW);
    expect(await entries(me.id)).toEqual([{ rule: "PROPOSAL_SENT", sourceType: "lead", sourceId: leadId, xp: 12, tokens: 2 }]);
  });

  it("pays a deal's proposal (+12/+2) and its win (+30 XP) once each to the deal's owner, and deleting the deal reverses them", async () => {
    const owner = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const { dealId, stage } = await dealWithPipeline(owner.id);
    await moveDeal(manager, { dealId, stageId: stage("Proposal") }, NOW);
    await moveDeal(manager, { dealId, stageId: stage("Won"), reason: "Signed" }, NOW);
    await moveDeal(manager, { dealId, stageId: stage("Qualified") }, NOW);
    await moveDeal(manager, { dealId, stageId: stage("Won"), reason: "Signed again" }, NOW);
    expect((await entries(owner.id)).map((e) => [e.rule, e.xp, e.tokens])).toEqual([
      ["DEAL_WON", 30, 0],
      ["PROPOSAL_SENT", 12, 2],
    ]);
    expect(await entries(manager.id)).toEqual([]);
    expect((await listAchievements(owner.id)).find((a) => a.key === "first-deal")?.unlockedAt).toEqual(NOW);

    await deleteDeal(manager, dealId, NOW);
    expect(await entries(owner.id)).toEqual([]);
    expect((await profile(owner.id)).xp).toBe(0);
  });

  it("pays a completed task +8 XP +1 token to its completer; reopening and deleting reverse it", async () => {
    const me = await createTestUser("SALES");
    const { id: taskId } = await createTask(me, { title: "Call back", type: "CALL", priority: "MEDIUM", assigneeId: me.id }, NOW);
    await completeTask(me, taskId, NOW);
    await completeTask(me, taskId, NOW);
    expect(await entries(me.id)).toEqual([{ rule: "TASK_COMPLETED", sourceType: "task", sourceId: taskId, xp: 8, tokens: 1 }]);
    await reopenTask(me, taskId, NOW);
    expect(await entries(me.id)).toEqual([]);
    expect((await profile(me.id)).xp).toBe(0);
    await completeTask(me, taskId, NOW);
    expect((await profile(me.id)).xp).toBe(8);
    await deleteTask(me, taskId, NOW);
    expect(await entries(me.id)).toEqual([]);
    expect(await tokenBalance(getDb(), me.id)).toBe(0);
  });

  it("pays proposal sent for a lead or deal created in a Proposal stage, as a move there would", async () => {
    const me = await createTestUser("SALES");
    const stages = await leadStages();
    const lead = await createLead(me, { name: "Straight to proposal", stageId: stages["Proposal Sent"] }, NOW);
    await createLead(me, { name: "Just new" }, NOW);
    const { stage } = await dealWithPipeline(me.id);
    const deal = await createDeal(me, { title: "Proposal deal", value: 100, currency: "EUR", stageId: stage("Proposal") }, NOW);
    await createDeal(me, { title: "Qualified deal", value: 100, currency: "EUR", stageId: stage("Qualified") }, NOW);
    expect((await entries(me.id)).sort((a, b) => a.sourceType.localeCompare(b.sourceType))).toEqual([
      { rule: "PROPOSAL_SENT", sourceType: "deal", sourceId: deal.id, xp: 12, tokens: 2 },
      { rule: "PROPOSAL_SENT", sourceType: "lead", sourceId: lead.id, xp: 12, tokens: 2 },
    ]);
    expect((await profile(me.id)).xp).toBe(24);
  });

  it("deleting a lead reverses what it, its outreach and its tasks paid", async () => {
    const me = await createTestUser("SALES");
    const stages = await leadStages();
    const kept = await createLead(me, { name: "Kept lead" });
    await outreach(me, NOW, kept.id);
    const before = { entries: await entries(me.id), xp: (await profile(me.id)).xp, tokens: await tokenBalance(getDb(), me.id) };
    const gone = await createLead(me, { name: "Deleted lead" });
    await outreach(me, new Date(NOW.getTime() + 60_000), gone.id, "CONTACTED"); // outreach +5/+1, lead contacted +4/+1
    await changeLeadStage(me, gone.id, stages["Proposal Sent"], NOW); // +12/+2
    const { id: taskId } = await createTask(me, { title: "Send the offer", type: "EMAIL", priority: "MEDIUM", assigneeId: me.id, leadId: gone.id }, NOW);
    await completeTask(me, taskId, NOW); // +8/+1
    expect((await rulesOf(me.id)).sort()).toEqual(["LEAD_CONTACTED", "OUTREACH_LOGGED", "OUTREACH_LOGGED", "PROPOSAL_SENT", "TASK_COMPLETED"]);
    expect((await profile(me.id)).xp).toBe(before.xp + 5 + 4 + 12 + 8);

    await deleteLeads(me, [gone.id], NOW);
    expect(await entries(me.id)).toEqual(before.entries);
    expect((await profile(me.id)).xp).toBe(before.xp);
    expect(await tokenBalance(getDb(), me.id)).toBe(before.tokens);
  });

  it("re-evaluates an edited outreach: an inbound reply pays nothing, a booked call pays its +8, an edit of the text alone changes nothing", async () => {
    const me = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const { id } = await outreach(me, NOW);
    await updateActivity(me, id, { type: "EMAIL", direction: "OUTBOUND", outcome: "NO_RESPONSE", subject: "Re-worded" }, NOW);
    expect(await rulesOf(me.id)).toEqual(["OUTREACH_LOGGED"]);
    await updateActivity(me, id, { type: "EMAIL", direction: "INBOUND" }, NOW);
    expect(await rulesOf(me.id)).toEqual([]);
    expect(await profile(me.id)).toMatchObject({ xp: 0, currentStreak: 0 });
    // Edited back by a manager: the award goes to the author, not the editor.
    await updateActivity(manager, id, { type: "CALL", direction: "OUTBOUND", outcome: "BOOKED_CALL" }, NOW);
    expect((await rulesOf(me.id)).sort()).toEqual(["CALL_BOOKED", "OUTREACH_LOGGED"]);
    expect(await profile(me.id)).toMatchObject({ xp: 5 + 8, currentStreak: 1 });
    expect(await entries(manager.id)).toEqual([]);
  });

  it("reverses a deleted outreach's award and keeps a balance already spent at zero", async () => {
    const me = await createTestUser("SALES");
    const { id } = await outreach(me, NOW);
    await getDb().$transaction((tx) => spendTokensInTx(tx, { userId: me.id, rule: "PURCHASE", sourceType: "purchase", sourceId: "p1", amount: 1, note: "Gum", now: NOW }));
    await deleteActivity(me, id, NOW);
    expect((await entries(me.id)).map((e) => e.rule).sort()).toEqual(["ADJUSTMENT", "PURCHASE"]);
    expect(await tokenBalance(getDb(), me.id)).toBe(0);
    expect(await profile(me.id)).toMatchObject({ xp: 0, currentStreak: 0 });
  });

  it("pays the daily goal (+10/+3) and the weekly goal (+25/+7) once per period", async () => {
    const me = await createTestUser("SALES");
    await setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 3 }, NOW);
    await setGoalTarget(me, { kind: "WEEKLY_OUTREACH", target: 5 }, NOW);
    // Friday 4 Dec: 3 outreach (daily goal); Sunday 6 Dec: 3 more (daily goal again, weekly goal at the 5th).
    for (let i = 0; i < 3; i++) await outreach(me, new Date(Date.UTC(2026, 11, 4, 9 + i)));
    for (let i = 0; i < 3; i++) await outreach(me, new Date(NOW.getTime() + i * 60_000));
    const goal = (await entries(me.id)).filter((e) => e.sourceType === "goal");
    expect(goal).toEqual([
      { rule: "DAILY_GOAL_HIT", sourceType: "goal", sourceId: "DAILY_OUTREACH:2026-12-04", xp: 10, tokens: 3 },
      { rule: "WEEKLY_GOAL_HIT", sourceType: "goal", sourceId: "WEEKLY_OUTREACH:2026-W49", xp: 25, tokens: 7 },
      { rule: "DAILY_GOAL_HIT", sourceType: "goal", sourceId: "DAILY_OUTREACH:2026-12-06", xp: 10, tokens: 3 },
    ]);
  });
});

describe("back-dated outreach", () => {
  it("pays the goal of the day it happened on, and neither today's mission nor the streak", async () => {
    const me = await createTestUser("SALES", "Europe/Athens");
    await setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 2 }, NOW);
    await outreach(me, NOW);
    const { id: leadId } = await createLead(me, { name: "Back Dated Bakery" }, NOW);
    // Logged today (Sunday 6 Dec) for Wednesday 2 Dec, 14:30 in Athens.
    for (let i = 0; i < 2; i++) await logActivity(me, { type: "CALL", direction: "OUTBOUND", occurredAt: `2026-12-02T14:3${i}`, leadId }, NOW);
    expect((await entries(me.id)).filter((e) => e.rule === "DAILY_GOAL_HIT").map((e) => e.sourceId)).toEqual(["DAILY_OUTREACH:2026-12-02"]);
    expect(await profile(me.id)).toMatchObject({ currentStreak: 1, streakLastDay: "2026-12-06" });
    const mission = await ensureDailyMission(me.id, NOW);
    if (mission?.type === "OUTREACH_COUNT") expect(mission.progress).toBe(1);
  });
});

describe("streaks", () => {
  it("counts local days across time zones: 23:30 in Sydney and 00:30 the next day are two days", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    // 2026-12-05 23:30 and 2026-12-06 00:30 in Sydney (UTC+11).
    await outreach(sydney, new Date("2026-12-05T12:30:00Z"));
    await outreach(sydney, new Date("2026-12-05T13:30:00Z"));
    expect(await profile(sydney.id)).toMatchObject({ currentStreak: 2, streakLastDay: "2026-12-06" });
    // The same instants are one day in UTC.
    const london = await createTestUser("SALES", "Europe/London");
    await outreach(london, new Date("2026-12-05T12:30:00Z"));
    await outreach(london, new Date("2026-12-05T13:30:00Z"));
    expect(await profile(london.id)).toMatchObject({ currentStreak: 1, streakLastDay: "2026-12-05" });
  });

  it("is DST-safe: late-evening outreach across the New York spring-forward and fall-back days keeps one day each", async () => {
    const ny = await createTestUser("SALES", "America/New_York");
    // 23:30 local on 7, 8 (DST starts) and 9 March 2026; then 23:30 on 31 Oct, 1 Nov (DST ends), 2 Nov.
    for (const at of ["2026-03-08T04:30:00Z", "2026-03-09T03:30:00Z", "2026-03-10T03:30:00Z"]) await outreach(ny, new Date(at));
    expect(await profile(ny.id)).toMatchObject({ currentStreak: 3, streakLastDay: "2026-03-09" });
    const fall = await createTestUser("SALES", "America/New_York");
    for (const at of ["2026-11-01T03:30:00Z", "2026-11-02T04:30:00Z", "2026-11-03T04:30:00Z"]) await outreach(fall, new Date(at));
    expect(await profile(fall.id)).toMatchObject({ currentStreak: 3, streakLastDay: "2026-11-02" });
  });

  it("pays the token bonus at 3 days per streak and the 10-day XP bonus once ever", async () => {
    const me = await createTestUser("SALES");
    const start = Date.UTC(2026, 10, 1, 9);
    for (let d = 0; d < 10; d++) await outreach(me, new Date(start + d * DAY));
    // A break, then a second 10-day streak.
    for (let d = 12; d < 22; d++) await outreach(me, new Date(start + d * DAY));
    const bonuses = (await entries(me.id)).filter((e) => e.sourceType === "streak");
    expect(bonuses.map((e) => [e.rule, e.sourceId, e.xp, e.tokens])).toEqual([
      ["STREAK_TOKEN_BONUS", "3:2026-11-03", 0, 5],
      ["STREAK_TOKEN_BONUS", "7:2026-11-07", 0, 10],
      ["STREAK_XP_BONUS", "10", 20, 0],
      ["STREAK_TOKEN_BONUS", "3:2026-11-15", 0, 5],
      ["STREAK_TOKEN_BONUS", "7:2026-11-19", 0, 10],
    ]);
    expect(await profile(me.id)).toMatchObject({ currentStreak: 10, longestStreak: 10 });
    expect((await listAchievements(me.id)).filter((a) => a.unlockedAt).map((a) => a.key)).toEqual(expect.arrayContaining(["first-outreach", "streak-3", "streak-7"]));
  });

  it("freezes during a pause: paused days neither break nor extend the streak, and no daily goal or mission is paid", async () => {
    const me = await createTestUser("SALES");
    await setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 1 }, NOW);
    const day = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h));
    await outreach(me, day(1));
    await outreach(me, day(2));
    const pause = await startPause(me, { days: 3, reason: "Flu" }, day(3, 8));
    expect(pause).toMatchObject({ fromDay: "2026-12-03", toDay: "2026-12-05", daysLeft: 3 });
    await expect(startPause(me, { days: 2, reason: "Again" }, day(4))).rejects.toThrow(ValidationError);
    expect(await getActivePause(me.id, day(4))).toMatchObject({ reason: "Flu", daysLeft: 2 });
    // An outreach on a paused day: neither extends the streak nor pays the daily goal; no mission that day.
    await outreach(me, day(4));
    expect(await ensureDailyMission(me.id, day(4))).toBeNull();
    expect((await entries(me.id)).filter((e) => e.sourceId === "DAILY_OUTREACH:2026-12-04")).toEqual([]);
    expect((await getGameSummary(me.id, day(5, 20))).currentStreak).toBe(2);
    // Back on the 6th: the streak carries on over the paused days.
    await outreach(me, day(6));
    expect(await profile(me.id)).toMatchObject({ currentStreak: 3, streakLastDay: "2026-12-06" });
    const summary = await getGameSummary(me.id, day(6, 12));
    expect(summary).toMatchObject({ currentStreak: 3, paused: null });
    // The consistency window (30 Nov – 6 Dec) leaves the three paused days out: 4 counted days, 3
    // active with the goal hit, one outreach each → 50 × 3/4 + 30 × 3/4 + 20 × (3/4 ÷ 1) = 75.
    const consistency = await getConsistency(me.id, day(6, 12));
    expect(consistency.days.filter((d) => d.paused).map((d) => d.day)).toEqual(["2026-12-03", "2026-12-04", "2026-12-05"]);
    expect(consistency).toMatchObject({ countedDays: 4, activeDays: 3, goalDays: 3, score: 75 });
  });

  it("ends a pause early: from that day on the days count again", async () => {
    const me = await createTestUser("SALES");
    await startPause(me, { days: 14, reason: "Holiday" }, NOW);
    await endPause(me, new Date(NOW.getTime() + DAY));
    expect(await getActivePause(me.id, new Date(NOW.getTime() + DAY))).toBeNull();
    await expect(endPause(me, new Date(NOW.getTime() + DAY))).rejects.toThrow(ValidationError);
    await expect(startPause(me, { days: 15, reason: "Too long" }, NOW)).rejects.toThrow(ValidationError);
    await expect(startPause(me, { days: 2, reason: "  " }, NOW)).rejects.toThrow(ValidationError);
  });

  it("breaks after a missed day (shown as 0) and a deleted outreach recomputes the streak", async () => {
    const me = await createTestUser("SALES");
    const day = (d: number) => new Date(Date.UTC(2026, 11, d, 9));
    await outreach(me, day(3));
    await outreach(me, day(4));
    const { id } = await outreach(me, day(5));
    expect((await getGameSummary(me.id, day(6))).currentStreak).toBe(3);
    expect((await getGameSummary(me.id, day(7))).currentStreak).toBe(0);
    await deleteActivity(me, id, day(5));
    expect(await profile(me.id)).toMatchObject({ currentStreak: 2, streakLastDay: "2026-12-04", longestStreak: 3 });
  });
});

describe("daily missions", () => {
  it("draws today's mission from user and date, the same on every call, and a new one at the user's midnight", async () => {
    const me = await createTestUser("SALES", "Pacific/Auckland");
    const first = await ensureDailyMission(me.id, NOW);
    // 10:00 UTC is 23:00 in Auckland on 6 December.
    const expected = drawMission(me.id, "2026-12-06");
    expect(first).toMatchObject({ localDate: "2026-12-06", type: expected.type, target: expected.target, reward: expected.reward, progress: 0 });
    expect(await ensureDailyMission(me.id, NOW)).toEqual(first);
    const next = await ensureDailyMission(me.id, new Date(NOW.getTime() + 1.5 * HOUR));
    expect(next?.localDate).toBe("2026-12-07");
    expect((await listMissionHistory(me.id, new Date(NOW.getTime() + 1.5 * HOUR))).map((m) => m.localDate)).toEqual(["2026-12-07", "2026-12-06"]);
  });

  it("counts progress through the award hooks and pays its reward once on completion", async () => {
    const me = await createTestUser("SALES");
    await getDb().dailyMission.create({ data: { userId: me.id, localDate: "2026-12-06", type: "OUTREACH_COUNT", target: 2, reward: 6, createdAt: NOW } });
    for (let i = 0; i < 4; i++) await outreach(me, new Date(NOW.getTime() + i * 60_000));
    const mission = await ensureDailyMission(me.id, NOW);
    expect(mission).toMatchObject({ progress: 2, completedAt: new Date(NOW.getTime() + 60_000) });
    expect((await entries(me.id)).filter((e) => e.rule === "MISSION_COMPLETED")).toEqual([{ rule: "MISSION_COMPLETED", sourceType: "mission", sourceId: mission!.id, xp: 0, tokens: 6 }]);
    expect(await getDb().notification.count({ where: { userId: me.id, kind: "MISSION_COMPLETED" } })).toBe(1);
  });

  it("counts completed tasks for a tasks mission and gives progress back when one is reopened", async () => {
    const me = await createTestUser("SALES");
    await getDb().dailyMission.create({ data: { userId: me.id, localDate: "2026-12-06", type: "COMPLETE_TASKS", target: 2, reward: 5, createdAt: NOW } });
    const { id } = await createTask(me, { title: "One", type: "TODO", priority: "LOW", assigneeId: me.id }, NOW);
    await completeTask(me, id, NOW);
    expect((await ensureDailyMission(me.id, NOW))?.progress).toBe(1);
    await reopenTask(me, id, NOW);
    expect((await ensureDailyMission(me.id, NOW))?.progress).toBe(0);
  });
});

describe("boss fights", () => {
  it("generates one boss per user per month in the user's time zone, for all users from the rollover", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    await getDb().user.update({ where: { id: sydney.id }, data: { passwordHash: "x" } });
    // 30 November 14:00 UTC is already 1 December in Sydney.
    const at = new Date("2026-11-30T14:00:00Z");
    const run = await rollOverGames(at);
    expect(run.failed).toBe(0);
    const boss = await getDb().bossFight.findMany({ where: { userId: sydney.id }, select: { month: true, reward: true } });
    expect(boss).toHaveLength(1);
    expect(boss[0].month).toBe("2026-12");
    expect(boss[0].reward).toBeGreaterThanOrEqual(50);
    await rollOverGames(at);
    expect(await getDb().bossFight.count({ where: { userId: sydney.id } })).toBe(1);
    expect((await ensureMonthlyBoss(sydney.id, at)).month).toBe("2026-12");
  });

  it("is defeated once when its target is reached (reward paid, \"Boss defeated!\"), and past bosses keep their outcome", async () => {
    const me = await createTestUser("SALES");
    await getDb().bossFight.create({ data: { userId: me.id, month: "2026-11", type: "CLOSE_DEALS", name: "Old", target: 3, reward: 80, createdAt: NOW } });
    await getDb().bossFight.create({ data: { userId: me.id, month: "2026-12", type: "SEND_OUTREACH", name: "The Silent Inbox", target: 2, reward: 120, createdAt: NOW } });
    for (let i = 0; i < 3; i++) await outreach(me, new Date(NOW.getTime() + i * 60_000));
    expect((await entries(me.id)).filter((e) => e.rule === "BOSS_DEFEATED").map((e) => e.tokens)).toEqual([120]);
    expect(await getDb().notification.findMany({ where: { userId: me.id, kind: "BOSS_DEFEATED" }, select: { title: true } })).toEqual([{ title: "Boss defeated!" }]);
    const bosses = await listBosses(me.id, NOW);
    expect(bosses.map((b) => [b.month, b.outcome, b.progress])).toEqual([
      ["2026-12", "DEFEATED", 2],
      ["2026-11", "ESCAPED", 0],
    ]);
  });
});

describe("dormant leads", () => {
  /** A SALES user in UTC with a fixed id: today's mission and this month's boss are drawn from it. */
  async function userWithId(id: string): Promise<TestActor> {
    const user = await getDb().user.create({ data: { id, email: `${id}@example.test`, name: id, role: "SALES", timeZone: "UTC" }, select: { id: true, role: true, timeZone: true, name: true } });
    return { ...user, email: `${id}@example.test` };
  }

  /** A lead of `me` created `daysAgo` days before NOW. */
  async function leadCreated(me: TestActor, name: string, daysAgo: number): Promise<string> {
    const { id } = await createLead(me, { name }, NOW);
    await getDb().lead.update({ where: { id }, data: { createdAt: new Date(NOW.getTime() - daysAgo * DAY) } });
    return id;
  }

  /** A past touch on a lead, stored without awards. */
  function touch(me: TestActor, leadId: string, daysAgo: number, direction: "OUTBOUND" | "INBOUND") {
    return getDb().activity.create({ data: { type: "EMAIL", direction, occurredAt: new Date(NOW.getTime() - daysAgo * DAY), leadId, authorId: me.id }, select: { id: true } });
  }

  const dormantEntries = async (userId: string) => (await entries(userId)).filter((e) => e.rule === "DORMANT_LEAD_MESSAGED");

  it("counts outreach to a lead created 30+ days ago with no other outbound touch in 30 days for the drawn mission and boss, once", async () => {
    const me = await userWithId("cdormantlead0000000000009");
    expect([drawMission(me.id, "2026-12-06").type, drawBoss(me.id, "2026-12").type]).toEqual(["MESSAGE_OLD_LEADS", "REVIVE_COLD_LEADS"]);
    const old = await leadCreated(me, "Old Mill", 40);
    const young = await leadCreated(me, "New Bakery", 10);
    const busy = await leadCreated(me, "Busy Forge", 40);
    // Touches the rule ignores on `old` (outbound 35 days ago, a reply 3 days ago); one it sees on `busy`.
    await touch(me, old, 35, "OUTBOUND");
    await touch(me, old, 3, "INBOUND");
    await touch(me, busy, 5, "OUTBOUND");
    const first = await outreach(me, NOW, old);
    // Touched a minute before, too young, recently touched, no lead: none counts.
    await outreach(me, new Date(NOW.getTime() + 60_000), old);
    await outreach(me, new Date(NOW.getTime() + 120_000), young);
    await outreach(me, new Date(NOW.getTime() + 180_000), busy);
    await outreach(me, new Date(NOW.getTime() + 240_000));
    expect(await dormantEntries(me.id)).toEqual([{ rule: "DORMANT_LEAD_MESSAGED", sourceType: "activity", sourceId: first.id, xp: 0, tokens: 0 }]);
    expect((await ensureDailyMission(me.id, NOW))?.progress).toBe(1);
    expect((await ensureMonthlyBoss(me.id, NOW)).progress).toBe(1);
  });

  it("also counts for a stored boss that is not the one drawn", async () => {
    const me = await userWithId("cdormantlead0000000000003");
    expect([drawMission(me.id, "2026-12-06").type, drawBoss(me.id, "2026-12").type]).toEqual(["COMPLETE_TASKS", "CLOSE_DEALS"]);
    await getDb().bossFight.create({ data: { userId: me.id, month: "2026-12", type: "REVIVE_COLD_LEADS", name: "The Frozen Pipeline", target: 5, reward: 100, createdAt: NOW } });
    const old = await leadCreated(me, "Old Mill", 40);
    const first = await outreach(me, NOW, old);
    await outreach(me, new Date(NOW.getTime() + 60_000), old);
    expect(await dormantEntries(me.id)).toEqual([{ rule: "DORMANT_LEAD_MESSAGED", sourceType: "activity", sourceId: first.id, xp: 0, tokens: 0 }]);
    expect((await ensureMonthlyBoss(me.id, NOW)).progress).toBe(1);
  });
});

describe("levels, rewards and achievements", () => {
  it("a level-up creates a LEVEL_UP notification and unlocks recurring and milestone rewards once", async () => {
    const me = await createTestUser("SALES");
    await ensureGameDefaults(me.id, NOW);
    await ensureGameDefaults(me.id, NOW);
    expect(await getDb().shopItem.count({ where: { userId: me.id } })).toBe(6);
    expect(await getDb().gameReward.count({ where: { userId: me.id } })).toBe(4);
    expect(await getDb().goal.count({ where: { userId: me.id } })).toBe(4);
    expect((await listUpcomingRewards(me.id, 3)).map((r) => r.level)).toEqual([2, 4, 5]);
    // 30 tasks × 8 XP = 240 XP: level 2 at 150.
    for (let i = 0; i < 30; i++) {
      const { id } = await createTask(me, { title: `T${i}`, type: "TODO", priority: "LOW", assigneeId: me.id }, NOW);
      await completeTask(me, id, NOW);
    }
    expect(await profile(me.id)).toMatchObject({ xp: 240, level: 2 });
    expect(await getDb().notification.findMany({ where: { userId: me.id, kind: "LEVEL_UP" }, select: { title: true, body: true } })).toEqual([
      { title: "Level up! You reached level 2", body: "Reward unlocked: A treat of your choice" },
    ]);
    expect((await listUnlockedRewards(me.id)).map((r) => [r.name, r.level])).toEqual([["A treat of your choice", 2]]);
  });
});

describe("goals", () => {
  it("recommends targets from the user's own history and keeps a manual one until reset", async () => {
    const me = await createTestUser("SALES");
    const db = getDb();
    // Outreach on 5 of the last 14 days: 3, 4, 5, 6, 8 → median 5 → 5.5 → 6.
    const perDay = [3, 4, 5, 6, 8];
    for (const [i, count] of perDay.entries()) {
      for (let n = 0; n < count; n++) await db.activity.create({ data: { type: "CALL", direction: "OUTBOUND", authorId: me.id, occurredAt: new Date(Date.UTC(2026, 10, 25 + i, 9, n)) } });
    }
    const goals = await getGoals(me.id, NOW);
    const daily = goals.find((g) => g.kind === "DAILY_OUTREACH")!;
    expect(daily).toMatchObject({ recommended: 6, target: 6, manual: false, progress: 0, periodKey: "DAILY_OUTREACH:2026-12-06" });
    // Weeks: 23–29 Nov has 3+4+5+6+8 = 26 (25 Nov … 29 Nov) → 26 × 1.1 = 28.6 → 29.
    expect(goals.find((g) => g.kind === "WEEKLY_OUTREACH")).toMatchObject({ recommended: 29 });
    expect(goals.find((g) => g.kind === "MONTHLY_DEALS")).toMatchObject({ recommended: 1 });
    expect(goals.find((g) => g.kind === "MONTHLY_REVENUE")).toMatchObject({ recommended: 100_000, unit: "money" });

    await setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 12 }, NOW);
    expect((await getGoals(me.id, NOW)).find((g) => g.kind === "DAILY_OUTREACH")).toMatchObject({ target: 12, recommended: 6, manual: true });
    await expect(setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 0 }, NOW)).rejects.toThrow(ValidationError);
    await expect(setGoalTarget(me, { kind: "NOPE" as never, target: 3 }, NOW)).rejects.toThrow(ValidationError);
    expect(await resetGoalToRecommended(me, "DAILY_OUTREACH", NOW)).toEqual({ target: 6 });
    expect((await getGoals(me.id, NOW)).find((g) => g.kind === "DAILY_OUTREACH")).toMatchObject({ target: 6, manual: false });
  });

  it("pays the monthly revenue goal +50 XP once when paid project revenue reaches it", async () => {
    const me = await createTestUser("SALES");
    const db = getDb();
    await setGoalTarget(me, { kind: "MONTHLY_REVENUE", target: 50_000 }, NOW);
    const company = await db.company.create({ data: { name: "Client Co", ownerId: me.id }, select: { id: true } });
    await db.project.create({ data: { companyId: company.id, name: "Site", amount: 60_000, currency: "EUR", status: "PAID", paidAt: new Date("2026-12-02T10:00:00Z") } });
    expect(await settleGoals(me.id, NOW)).toBe(true);
    expect(await settleGoals(me.id, NOW)).toBe(false);
    expect((await entries(me.id)).filter((e) => e.rule === "MONTHLY_REVENUE_GOAL_HIT")).toEqual([
      { rule: "MONTHLY_REVENUE_GOAL_HIT", sourceType: "goal", sourceId: "MONTHLY_REVENUE:2026-12", xp: 50, tokens: 0 },
    ]);
    expect((await getGoals(me.id, NOW)).find((g) => g.kind === "MONTHLY_REVENUE")).toMatchObject({ progress: 60_000, hit: true });
  });
});

describe("summary", () => {
  it("returns XP, level, tokens, streaks, mission, boss and XP this week from the profile and ledger", async () => {
    const me = await createTestUser("SALES");
    await outreach(me, new Date(NOW.getTime() - DAY));
    await outreach(me, NOW);
    const summary = await getGameSummary(me.id, NOW);
    expect(summary).toMatchObject({ xp: 10, level: 1, tokens: 2, currentStreak: 2, longestStreak: 2, paused: null, today: "2026-12-06", xpThisWeek: 10 });
    expect(summary.progress).toMatchObject({ level: 1, from: 0, to: 150 });
    expect(summary.mission?.localDate).toBe("2026-12-06");
    expect(summary.boss?.month).toBe("2026-12");
    expect((await getXpByDay(me.id, NOW, 3)).map((d) => [d.day, d.xp])).toEqual([
      ["2026-12-04", 0],
      ["2026-12-05", 5],
      ["2026-12-06", 5],
    ]);
  });
});

describe("token spending", () => {
  it("never overspends with two purchases at once", async () => {
    const me = await createTestUser("SALES");
    for (let i = 0; i < 10; i++) await outreach(me, new Date(NOW.getTime() + i * 1000));
    const balance = await tokenBalance(getDb(), me.id);
    expect(balance).toBeGreaterThanOrEqual(10);
    const price = Math.floor(balance / 2) + 1;
    const buy = (n: number) =>
      getDb().$transaction((tx) => spendTokensInTx(tx, { userId: me.id, rule: "PURCHASE", sourceType: "purchase", sourceId: `buy-${n}`, amount: price, note: "Coffee", now: NOW }));
    const results = await Promise.allSettled([buy(1), buy(2)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    // SQLite serializes the two write transactions; PostgreSQL's row lock makes the second wait and then see the first.
    expect(failed.reason).toBeInstanceOf(isPostgres() ? ValidationError : Error);
    expect(await tokenBalance(getDb(), me.id)).toBe(balance - price);
  });
});

describe.runIf(process.env.TEST_DATABASE === "postgres")("concurrent awards for one user on PostgreSQL", () => {
  it("the award that waited for the profile lock counts the first one's outreach towards the mission and the daily goal", async () => {
    const me = await createTestUser("SALES");
    const db = getDb();
    await setGoalTarget(me, { kind: "DAILY_OUTREACH", target: 2 }, NOW);
    await db.dailyMission.create({ data: { userId: me.id, localDate: "2026-12-06", type: "OUTREACH_COUNT", target: 5, reward: 6, createdAt: NOW } });
    await outreach(me, NOW); // the profile exists before the race
    const award = (id: string) => (tx: Tx) => awardActivityInTx(tx, me, { id, type: "EMAIL", direction: "OUTBOUND", outcome: "NO_RESPONSE", occurredAt: NOW, leadId: null }, null, NOW);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first transaction pays and holds the profile lock until the second is waiting for it.
    const first = db.$transaction(async (tx) => {
      await award("race-1")(tx);
      await held;
    });
    const waiting = async () => (await db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = db.$transaction(award("race-2"));
    for (let i = 0; i < 200 && (await waiting()) === 0n; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await waiting()).toBe(1n);
    release();
    await Promise.all([first, second]);
    expect(await ensureDailyMission(me.id, NOW)).toMatchObject({ progress: 3 });
    const goal = (await entries(me.id)).filter((e) => e.rule === "DAILY_GOAL_HIT");
    expect(goal).toEqual([{ rule: "DAILY_GOAL_HIT", sourceType: "goal", sourceId: "DAILY_OUTREACH:2026-12-06", xp: 10, tokens: 3 }]);
    expect(await profile(me.id)).toMatchObject({ xp: 3 * 5 + 10, currentStreak: 1 });
  });
});

describe("bad input", () => {
  it("refuses hostile goal targets and pause inputs with a ValidationError, storing nothing", async () => {
    const { HOSTILE_VALUES } = await import("../support/hostile-values");
    const me = await createTestUser("SALES");
    for (const value of [...HOSTILE_VALUES, 1.5, Number.NaN, 2_000_000_000]) {
      // 42 is a fine target (and days: 42 is not).
      if (value !== 42) await expect(setGoalTarget(me, { kind: "DAILY_OUTREACH", target: value as number }, NOW), `target ${String(value).slice(0, 20)}`).rejects.toThrow(ValidationError);
      await expect(setGoalTarget(me, { kind: value as never, target: 5 }, NOW)).rejects.toThrow(ValidationError);
      await expect(resetGoalToRecommended(me, value as never, NOW)).rejects.toThrow(ValidationError);
      await expect(startPause(me, { days: value as number, reason: "Flu" }, NOW)).rejects.toThrow(ValidationError);
      if (typeof value !== "string" || value.includes("\u0000") || value.length > 300) {
        await expect(startPause(me, { days: 3, reason: value as string }, NOW)).rejects.toThrow(ValidationError);
      }
    }
    expect(await getDb().goal.count({ where: { userId: me.id } })).toBe(0);
    expect(await getDb().gamePause.count({ where: { userId: me.id } })).toBe(0);
  });
});
