import { zonedDay } from "@/lib/dates";
import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import type { ActivityType, Direction, OutreachOutcome, StageKind } from "@/lib/enums";
import { DORMANT_LEAD_DAYS, GAME_RULES, isProposalStage, type GameRule } from "@/lib/gamification/rules";
import { drawBoss } from "@/lib/gamification/bosses";
import { monthOfDay } from "@/lib/gamification/local-days";
import { drawMission } from "@/lib/gamification/missions";
import type { Tx } from "@/server/db";
import { closeGameSession, countTowardsBoss, countTowardsMission, openGameSession, payInSession, placeholders, sessionDayPaused, type GameSession, type SessionAward } from "./game-session";
import { checkOutreachGoalsInSession } from "./goal-check-in-session";
import { advanceStreakInSession, recomputeStreakInSession } from "./streak-in-session";

/*
 * The award hooks: each is called inside the transaction of the change that pays (so an award is
 * kept only when its source is), by the service that makes the change. Who is paid:
 * - an activity's awards (outreach logged, call booked, lead contacted) go to its author, the actor;
 * - a lead reaching Proposal Sent pays the user who moved it;
 * - a deal's awards (proposal sent, closed won) go to the deal's owner — a deal's outcome is its
 *   owner's work, whoever updates the board — or to the mover when the deal has no owner;
 * - a completed task pays the user who completed it.
 */

/** The award of a rule's fixed amounts (lib/gamification/rules.ts) for a source. */
function ruleAward(rule: GameRule, sourceType: string, sourceId: string, occurredAt: Date): SessionAward {
  const { xp, tokens } = GAME_RULES[rule];
  return { rule, sourceType, sourceId, xp, tokens, occurredAt };
}

/** Pays a rule's fixed amounts for a source. */
function payRule(session: GameSession, rule: GameRule, sourceType: string, sourceId: string, occurredAt: Date): Promise<boolean> {
  return payInSession(session, ruleAward(rule, sourceType, sourceId, occurredAt));
}

/** Pays one rule's award to `userId` in a session of its own (one statement on PostgreSQL for a returning player). */
async function payRuleAlone(tx: Tx, userId: string, rule: GameRule, sourceType: string, sourceId: string, now: Date): Promise<void> {
  const award = ruleAward(rule, sourceType, sourceId, now);
  const session = await openGameSession(tx, userId, now, undefined, { pay: award });
  await payInSession(session, award);
  await closeGameSession(session);
}

/** Whether an activity is outreach (an OUTBOUND touch: email, call, meeting, DM, SMS, WhatsApp, in person, other). */
export function isOutreachActivity(activity: { type: ActivityType; direction: Direction | null }): boolean {
  return activity.direction === "OUTBOUND" && (TOUCH_TYPES as readonly string[]).includes(activity.type);
}

/**
 * Whether anything counts dormant leads for an outreach at `at`: today's mission (stored, else the
 * one drawn for today) asks to message old leads, or this month's boss is to revive cold leads.
 * Only then is the lead checked (it costs a subquery), so the marker is written only when it counts.
 * Before the session opens, `session` holds just the user, zone and day: the drawn mission and boss
 * then stand for the stored ones.
 */
function countsDormantLeads(session: Pick<GameSession, "userId" | "timeZone" | "today" | "pauses" | "mission" | "boss">, at: Date): boolean {
  const day = zonedDay(at, session.timeZone);
  const mission = session.mission ?? (sessionDayPaused(session, session.today) ? null : drawMission(session.userId, session.today));
  if (day === session.today && mission?.type === "MESSAGE_OLD_LEADS") return true;
  const boss = session.boss ?? drawBoss(session.userId, monthOfDay(session.today));
  return monthOfDay(day) === monthOfDay(session.today) && boss.type === "REVIVE_COLD_LEADS";
}

/**
 * A scalar subquery (`?` placeholders, with its arguments) for whether an outreach at `at` on lead
 * `leadId` reaches a dormant lead: 1 when the lead was created 30+ days before and has no other
 * outbound touch in the 30 days before, else 0 (NULL: no such lead). It reads the lead's entries
 * of those 30 days through the (leadId, occurredAt) index; direction is tested inside the count,
 * as a filter on it would lead the planner to the (direction, occurredAt) index.
 */
function dormantLeadSubquery(leadId: string, activityId: string, at: Date): { sql: string; args: unknown[] } {
  const cutoff = new Date(at.getTime() - DORMANT_LEAD_DAYS * 86_400_000);
  return {
    sql: `(SELECT CASE WHEN l."createdAt" > ? THEN 0
        WHEN (SELECT COUNT(CASE WHEN a."direction" = 'OUTBOUND' AND a."id" <> ? THEN 1 END) FROM "Activity" a
          WHERE a."leadId" = l."id" AND a."occurredAt" > ? AND a."occurredAt" <= ?) = 0 THEN 1 ELSE 0 END
      FROM "Lead" l WHERE l."id" = ?)`,
    args: [cutoff, activityId, cutoff, at, leadId],
  };
}

/** Whether an outreach reaches a dormant lead: the value the session read with it, else one query now. */
async function reachesDormantLead(session: GameSession, dormant: { sql: string; args: unknown[] }, read: boolean): Promise<boolean> {
  if (read) return Number(session.extra) === 1;
  const [row] = await session.tx.$queryRawUnsafe<Array<{ dormant: unknown }>>(placeholders(`SELECT ${dormant.sql} AS "dormant"`), ...dormant.args);
  return Number(row.dormant) === 1;
}

/**
 * Awards for a stored activity (recordActivity), to its author (with their time zone, the actor's):
 * - outreach (an OUTBOUND touch) → OUTREACH_LOGGED +5 XP +1 token; the streak, the daily and weekly
 *   goals, and the day's mission and month's boss that count outreach; an outreach to a dormant
 *   lead also counts for the "message old leads" mission and the "revive cold leads" boss;
 * - outcome BOOKED_CALL → CALL_BOOKED +8 XP;
 * - the activity moved its lead to Contacted (`contactedLeadId`) → LEAD_CONTACTED +4 XP +1 token,
 *   once per lead.
 * Anything else (notes, inbound replies) returns at once without touching the game tables.
 * The common outreach costs one statement on PostgreSQL: the session's opening, which adds the
 * expected XP, reads the dormant-lead check when a mission or boss counts it, and pays the outreach
 * with the day's mission and the month's boss when they count it (OpenOptions.pay). On SQLite the
 * ledger entry is a second statement, and the mission and the boss one more each.
 */
export async function awardActivityInTx(
  tx: Tx,
  author: { id: string; timeZone: string },
  activity: { id: string; type: ActivityType; direction: Direction | null; outcome: OutreachOutcome | null; occurredAt: Date; leadId: string | null },
  contactedLeadId: string | null,
  now: Date,
): Promise<void> {
  const outreach = isOutreachActivity(activity);
  const booked = activity.outcome === "BOOKED_CALL";
  if (!outreach && !booked && !contactedLeadId) return;
  const xpAhead = (outreach ? GAME_RULES.OUTREACH_LOGGED.xp : 0) + (booked ? GAME_RULES.CALL_BOOKED.xp : 0) + (contactedLeadId ? GAME_RULES.LEAD_CONTACTED.xp : 0);
  const dormant = outreach && activity.leadId ? dormantLeadSubquery(activity.leadId, activity.id, activity.occurredAt) : null;
  const readDormant = dormant !== null && countsDormantLeads({ userId: author.id, timeZone: author.timeZone, today: zonedDay(now, author.timeZone), pauses: [] }, activity.occurredAt);
  const logged = outreach ? ruleAward("OUTREACH_LOGGED", "activity", activity.id, activity.occurredAt) : undefined;
  const session = await openGameSession(tx, author.id, now, author.timeZone, { outreach, xpAhead, extra: readDormant ? dormant : undefined, pay: logged });
  if (logged && (await payInSession(session, logged))) {
    await advanceStreakInSession(session, activity.occurredAt);
    if (dormant && countsDormantLeads(session, activity.occurredAt) && (await reachesDormantLead(session, dormant, readDormant))) {
      await payInSession(session, { rule: "DORMANT_LEAD_MESSAGED", sourceType: "activity", sourceId: activity.id, xp: 0, tokens: 0, occurredAt: activity.occurredAt });
    }
    await checkOutreachGoalsInSession(session, activity.occurredAt);
  }
  if (booked) await payRule(session, "CALL_BOOKED", "activity", activity.id, activity.occurredAt);
  if (contactedLeadId) await payRule(session, "LEAD_CONTACTED", "lead", contactedLeadId, activity.occurredAt);
  await closeGameSession(session);
}

/** The fields of an activity its awards depend on. */
type AwardedFields = { type: ActivityType; direction: Direction | null; outcome: OutreachOutcome | null; occurredAt: Date };

/**
 * After an activity's edit (updateActivity), inside its transaction: when a field its awards depend
 * on changed, the awards keyed by the activity (outreach logged, call booked, dormant lead) are
 * reversed (reverseSourceAwardsInTx) and paid again to its author as the edited entry earns them
 * (awardActivityInTx; a first contact is keyed by its lead and stays). Nothing happens for an
 * entry without an author or an edit of subject, text or duration alone.
 */
export async function reawardEditedActivityInTx(
  tx: Tx,
  actor: { id: string; timeZone: string },
  activity: { id: string; leadId: string | null; authorId: string | null },
  before: AwardedFields,
  after: AwardedFields,
  now: Date,
): Promise<void> {
  const changed = before.type !== after.type || before.direction !== after.direction || before.outcome !== after.outcome || before.occurredAt.getTime() !== after.occurredAt.getTime();
  if (!changed || !activity.authorId) return;
  const author = activity.authorId === actor.id ? actor : await tx.user.findUniqueOrThrow({ where: { id: activity.authorId }, select: { id: true, timeZone: true } });
  await reverseSourceAwardsInTx(tx, "activity", [activity.id], now);
  await awardActivityInTx(tx, author, { id: activity.id, leadId: activity.leadId, ...after }, null, now);
}

/** Awards for a lead moved to another stage (moveLeadToStage): PROPOSAL_SENT +12 XP +2 tokens to the mover when it reaches Proposal Sent, once per lead. */
export async function awardLeadStageInTx(tx: Tx, moverId: string, lead: { id: string; stageName: string }, now: Date): Promise<void> {
  if (!isProposalStage(lead.stageName)) return;
  await payRuleAlone(tx, moverId, "PROPOSAL_SENT", "lead", lead.id, now);
}

/**
 * Awards for a deal moved to another stage (applyDealMove), to its owner (else the mover): into a
 * WON stage → DEAL_WON +30 XP; into a Proposal stage ("Proposal" or "Proposal Sent") →
 * PROPOSAL_SENT +12 XP +2 tokens. Each once per deal: reopening and winning again pays nothing more.
 */
export async function awardDealMoveInTx(tx: Tx, moverId: string, deal: { id: string; ownerId: string | null; stageKind: StageKind; stageName: string }, now: Date): Promise<void> {
  const rule: GameRule | null = deal.stageKind === "WON" ? "DEAL_WON" : deal.stageKind === "OPEN" && isProposalStage(deal.stageName) ? "PROPOSAL_SENT" : null;
  if (!rule) return;
  await payRuleAlone(tx, deal.ownerId ?? moverId, rule, "deal", deal.id, now);
}

/**
 * Awards for a task's status change (setTaskStatus): becoming DONE pays its completer TASK_COMPLETED
 * +8 XP +1 token (and counts for a "complete tasks" mission); leaving DONE (reopened) reverses it,
 * so completing it again pays again, never twice at once.
 */
export async function awardTaskStatusInTx(tx: Tx, completerId: string, task: { id: string; completed: boolean }, now: Date): Promise<void> {
  if (!task.completed) return reverseSourceAwardsInTx(tx, "task", [task.id], now);
  await payRuleAlone(tx, completerId, "TASK_COMPLETED", "task", task.id, now);
}

/**
 * Reverses every award paid for sources being deleted (activities, a task, a deal) inside the
 * deleting transaction: their ledger entries are removed and each user's XP and level drop back;
 * today's mission and this month's boss give back what those entries counted (unless already
 * completed: a completed mission or defeated boss stays so); a removed outreach recomputes the
 * current streak. Tokens already spent stay spent: when the removal would take a balance below
 * zero, an ADJUSTMENT entry keeps it at zero. Awards keyed by a period (goals, streak bonuses) stay.
 */
export async function reverseSourceAwardsInTx(tx: Tx, sourceType: string, sourceIds: readonly string[], now: Date): Promise<void> {
  if (sourceIds.length === 0) return;
  const entries = await tx.gameLedgerEntry.findMany({
    where: { sourceType, sourceId: { in: [...sourceIds] }, rule: { not: "ADJUSTMENT" } },
    select: { id: true, userId: true, rule: true, xp: true, tokens: true, occurredAt: true },
  });
  const users = [...new Set(entries.map((e) => e.userId))].sort();
  for (const userId of users) {
    const mine = entries.filter((e) => e.userId === userId);
    const session = await openGameSession(tx, userId, now);
    await tx.gameLedgerEntry.deleteMany({ where: { id: { in: mine.map((e) => e.id) } } });
    session.profile.xp -= mine.reduce((sum, e) => sum + e.xp, 0);
    for (const entry of mine) {
      await countTowardsMission(session, entry.rule, entry.occurredAt, -1);
      await countTowardsBoss(session, entry.rule, entry.occurredAt, -1);
    }
    const sum = await tx.gameLedgerEntry.aggregate({ where: { userId }, _sum: { tokens: true } });
    const balance = sum._sum.tokens ?? 0;
    if (balance < 0) {
      await tx.gameLedgerEntry.create({
        data: { userId, rule: "ADJUSTMENT", sourceType, sourceId: `${sourceType}:${mine[0].id}`, xp: 0, tokens: -balance, note: "Tokens of a deleted record were already spent", occurredAt: now, createdAt: now },
      });
    }
    if (mine.some((e) => e.rule === "OUTREACH_LOGGED")) await recomputeStreakInSession(session);
    await closeGameSession(session);
  }
}
