import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { reverseSourceAwardsInTx } from "@/server/services/gamification/award-hooks";
import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { assertCanChangeActivity } from "./assert-can-change-activity";

/**
 * Deletes a logged activity (for good; the audit log keeps what it was). What it did to its lead
 * (a status change, a follow-up date) stays; the XP and tokens it paid are reversed (gamification); its lead is rescored (lead scoring) at `now`.
 * @throws NotFoundError; ForbiddenError for system entries and for SALES users who did not write it.
 */
export async function deleteActivity(actor: Actor, activityId: string, now = new Date()): Promise<void> {
  assertRecordId(activityId, "Activity");
  await getDb().$transaction(async (tx) => {
    const activity = await tx.activity.findUnique({
      where: { id: activityId },
      select: { type: true, authorId: true, direction: true, outcome: true, subject: true, occurredAt: true, leadId: true, contactId: true, companyId: true, dealId: true },
    });
    if (!activity) throw new NotFoundError("Activity");
    assertCanChangeActivity(actor, activity);
    await tx.activity.delete({ where: { id: activityId } });
    await reverseSourceAwardsInTx(tx, "activity", [activityId], now);
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "Activity", entityId: activityId, changes: activity });
    if (activity.leadId) await rescoreLeads(tx, [activity.leadId], now);
  });
}
