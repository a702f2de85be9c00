import { activityUpdateSchema } from "@/lib/validation/activity";
import { parseDuration } from "@/lib/activities/duration";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertCanChangeActivity } from "./assert-can-change-activity";
import { resolveOccurredAt } from "./occurred-at";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { reawardEditedActivityInTx } from "@/server/services/gamification/award-hooks";

/**
 * Edits a logged activity: type (among the loggable ones), direction, outcome, subject, text,
 * when (a wall-clock time in the actor's time zone; blank keeps it) and duration. The records it
 * belongs to stay; editing does not move the lead again (status changes are their own entries).
 * When the type, direction, outcome or time changes, the awards it paid its author are paid again
 * as the edited entry earns them (reawardEditedActivityInTx): an outreach edited into an inbound
 * reply loses its XP.
 * @throws ValidationError; NotFoundError; ForbiddenError for system entries and for SALES users
 *   who did not write it.
 */
export async function updateActivity(actor: Actor & { timeZone: string }, activityId: string, input: unknown, now = new Date()): Promise<void> {
  assertRecordId(activityId, "Activity");
  const data = parseOrThrow(activityUpdateSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.activity.findUnique({
      where: { id: activityId },
      select: { type: true, authorId: true, direction: true, outcome: true, subject: true, body: true, occurredAt: true, durationSeconds: true, leadId: true },
    });
    if (!before) throw new NotFoundError("Activity");
    assertCanChangeActivity(actor, before);
    const after = {
      type: data.type,
      direction: data.direction,
      outcome: data.outcome,
      subject: data.subject,
      body: data.body,
      occurredAt: resolveOccurredAt(data.occurredAt, actor.timeZone, now, before.occurredAt),
      durationSeconds: data.duration === null ? null : parseDuration(data.duration),
    };
    await tx.activity.update({ where: { id: activityId }, data: after });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Activity", entityId: activityId, changes: changedFields(before, after) });
    await reawardEditedActivityInTx(tx, actor, { id: activityId, leadId: before.leadId, authorId: before.authorId }, before, after, now);
    if (before.leadId) await rescoreLeads(tx, [before.leadId], now);
  });
}
