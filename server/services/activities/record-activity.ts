import { leadStageAfterActivity } from "@/lib/activities/lead-stage-rule";
import { zonedDayStart } from "@/lib/dates";
import type { ActivityType, Direction, OutreachOutcome } from "@/lib/enums";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { awardActivityInTx } from "@/server/services/gamification/award-hooks";
import { moveLeadToStage } from "@/server/services/leads/change-lead-stage";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { exitSequenceEnrolments } from "@/server/services/sequences/exit-sequence-enrolments";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";

/** A validated activity about to be stored: what the log forms and the outreach dialog produce. */
export type ActivityDraft = {
  type: ActivityType;
  direction: Direction | null;
  outcome: OutreachOutcome | null;
  subject: string | null;
  body: string | null;
  occurredAt: Date;
  durationSeconds: number | null;
  /** The lead's next follow-up, a calendar day ("2026-03-10") in the actor's time zone. */
  followUpDay: string | null;
  leadId: string | null;
  contactId: string | null;
  companyId: string | null;
  dealId: string | null;
  /** The email this entry records (a send from Leadwell); its provider id goes in `data`. */
  emailMessageId?: string | null;
  /** Extra facts the entry keeps (e.g. `{ resendId }` of a sent email). */
  data?: Prisma.InputJsonObject;
};

/** What logging did: the new entry, and the lead's new stage and next action date when they changed. */
export type LoggedActivity = { id: string; movedTo: { id: string; name: string } | null; nextActionAt: Date | null };

/** The records an activity belongs to; each must exist (companies and contacts not deleted). */
async function loadLinks(tx: Tx, draft: ActivityDraft) {
  const [lead, contact, company, deal] = await Promise.all([
    draft.leadId
      ? tx.lead.findUnique({
          where: { id: draft.leadId },
          select: { id: true, ownerId: true, stageId: true, convertedAt: true, companyId: true, contactId: true, nextActionAt: true, stage: { select: { pipelineId: true } } },
        })
      : null,
    draft.contactId ? tx.contact.findFirst({ where: { id: draft.contactId, deletedAt: null }, select: { id: true } }) : null,
    draft.companyId ? tx.company.findFirst({ where: { id: draft.companyId, deletedAt: null }, select: { id: true } }) : null,
    draft.dealId ? tx.deal.findUnique({ where: { id: draft.dealId }, select: { id: true, companyId: true, contactId: true } }) : null,
  ]);
  if (draft.leadId && !lead) throw new NotFoundError("Lead");
  if (draft.contactId && !contact) throw new NotFoundError("Contact");
  if (draft.companyId && !company) throw new NotFoundError("Company");
  if (draft.dealId && !deal) throw new NotFoundError("Deal");
  return { lead, deal };
}

/**
 * Stores an activity inside `tx` and applies what it means for its lead (issue 4):
 * - the lead's stage moves as leadStageAfterActivity says (New → Contacted on "contacted", a reply
 *   → Replied, closed won/lost → Won/Lost), through moveLeadToStage, which records STAGE_CHANGED;
 * - `followUpDay` becomes the lead's next action date: midnight of that day in the actor's time
 *   zone, as the lead form stores it.
 * - gamification awards (awardActivityInTx): outreach, a booked call and a lead contacted pay the
 *   author XP and tokens, in this transaction.
 * An activity on a lead or deal also carries the company and contact that record belongs to, so
 * it shows on their timelines. Anyone signed in may log on any record (the team shares what it
 * knows), but changing the lead needs edit rights on it: without them nothing is stored.
 * @throws NotFoundError for a linked record that does not exist; ForbiddenError when the lead
 *   would change and `actor` may not edit it.
 */
export async function recordActivity(tx: Tx, actor: Actor & { timeZone: string }, draft: ActivityDraft, now: Date): Promise<LoggedActivity> {
  const { lead, deal } = await loadLinks(tx, draft);
  let movedTo: LoggedActivity["movedTo"] = null;
  let nextActionAt: Date | null = null;
  if (lead) {
    if (!lead.convertedAt) {
      const stages = await tx.stage.findMany({ where: { pipelineId: lead.stage.pipelineId }, select: { id: true, name: true, kind: true, position: true } });
      const target = leadStageAfterActivity(stages, lead.stageId, draft);
      movedTo = target ? { id: target.id, name: target.name } : null;
    }
    nextActionAt = draft.followUpDay ? zonedDayStart(draft.followUpDay, actor.timeZone) : null;
    if (movedTo || nextActionAt) assertCanEdit(actor, lead, "lead");
  }

  const activity = await tx.activity.create({
    data: {
      type: draft.type,
      direction: draft.direction,
      outcome: draft.outcome,
      subject: draft.subject,
      body: draft.body,
      occurredAt: draft.occurredAt,
      durationSeconds: draft.durationSeconds,
      leadId: draft.leadId,
      dealId: draft.dealId,
      companyId: draft.companyId ?? lead?.companyId ?? deal?.companyId ?? null,
      contactId: draft.contactId ?? lead?.contactId ?? deal?.contactId ?? null,
      authorId: actor.id,
      emailMessageId: draft.emailMessageId ?? null,
      data: draft.data,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "create",
    entityType: "Activity",
    entityId: activity.id,
    changes: { type: draft.type, direction: draft.direction, outcome: draft.outcome, leadId: draft.leadId, contactId: draft.contactId, dealId: draft.dealId },
  });

  if (lead && nextActionAt) {
    await tx.lead.update({ where: { id: lead.id }, data: { nextActionAt } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Lead", entityId: lead.id, changes: { nextActionAt: [lead.nextActionAt, nextActionAt] } });
  }
  if (lead && movedTo) await moveLeadToStage(tx, actor, lead.id, movedTo.id, now);
  // Sequences (issue 12): a reply on any channel or a booked call ends the record's enrolments.
  const sequenceExit = draft.direction === "INBOUND" ? "REPLIED" : draft.outcome === "BOOKED_CALL" ? "BOOKED_CALL" : null;
  if (sequenceExit) await exitSequenceEnrolments(tx, { leadId: draft.leadId, contactId: draft.contactId }, sequenceExit, now);
  // Gamification (issue 14): outreach, a booked call and a lead contacted pay the author.
  const contactedLeadId = lead && movedTo && draft.outcome === "CONTACTED" ? lead.id : null;
  await awardActivityInTx(tx, actor, { id: activity.id, type: draft.type, direction: draft.direction, outcome: draft.outcome, occurredAt: draft.occurredAt, leadId: draft.leadId }, contactedLeadId, now);
  if (lead) await rescoreLeads(tx, [lead.id], now);
  return { id: activity.id, movedTo, nextActionAt };
}
