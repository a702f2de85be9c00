import { leadStageAfterActivity } from "@/lib/activities/lead-stage-rule";
import type { ActivityType, OutreachOutcome } from "@/lib/enums";
import { getDb } from "@/server/db";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/**
 * Checks, before anything is sent, that `actor` may log an outbound touch on the lead — the rule
 * of recordActivity: anyone may log on any record, but a log that moves a colleague's lead (New →
 * Contacted) needs the right to edit it. Checked first so a refused SMS is not sent.
 * @throws ForbiddenError when the touch would move a lead `actor` may not edit.
 */
export async function assertCanLogTouch(actor: Actor, leadId: string | null, touch: { type: ActivityType; outcome: OutreachOutcome | null }): Promise<void> {
  if (!leadId) return;
  const db = getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { ownerId: true, stageId: true, convertedAt: true, stage: { select: { pipelineId: true } } } });
  if (!lead || lead.convertedAt) return;
  const stages = await db.stage.findMany({ where: { pipelineId: lead.stage.pipelineId }, select: { id: true, name: true, kind: true, position: true } });
  if (leadStageAfterActivity(stages, lead.stageId, { ...touch, direction: "OUTBOUND" })) assertCanEdit(actor, lead, "lead");
}
