import { leadStageAfterActivity } from "@/lib/activities/lead-stage-rule";
import { getDb } from "@/server/db";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/** The activity a sent email is logged as: an outbound email that contacted the lead. */
export const SENT_EMAIL_ACTIVITY = { type: "EMAIL", direction: "OUTBOUND", outcome: "CONTACTED" } as const;

/**
 * Checks, before anything is sent, that `actor` may log the sent email on the lead — the rule of
 * recordActivity: anyone may log on any record, but a log that moves a colleague's lead (New →
 * Contacted) needs the right to edit it. Checked first so a refused send sends nothing.
 * @throws ForbiddenError when the email would move a lead `actor` may not edit.
 */
export async function assertCanLogEmail(actor: Actor, leadId: string | null): Promise<void> {
  if (!leadId) return;
  const db = getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { ownerId: true, stageId: true, convertedAt: true, stage: { select: { pipelineId: true } } } });
  if (!lead || lead.convertedAt) return;
  const stages = await db.stage.findMany({ where: { pipelineId: lead.stage.pipelineId }, select: { id: true, name: true, kind: true, position: true } });
  if (leadStageAfterActivity(stages, lead.stageId, SENT_EMAIL_ACTIVITY)) assertCanEdit(actor, lead, "lead");
}
