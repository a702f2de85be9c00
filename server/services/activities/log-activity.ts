import { activityInputSchema } from "@/lib/validation/activity";
import { parseDuration } from "@/lib/activities/duration";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { resolveOccurredAt } from "./occurred-at";
import { recordActivity, type LoggedActivity } from "./record-activity";

/**
 * Logs an activity from a record's page ("Log activity", a note) or the API: any loggable type,
 * either direction, an outcome, a subject and text (markdown), when it happened (a wall-clock time
 * in the actor's time zone; blank: `now`), a call's or meeting's duration and the lead's next
 * follow-up day. The lead rules of recordActivity apply; all or nothing.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ValidationError for bad input (unknown type, malformed date or duration, no record, a
 *   time in the future); NotFoundError for an unknown record; ForbiddenError (see recordActivity).
 */
export async function logActivity(actor: Actor & { timeZone: string }, input: unknown, now = new Date()): Promise<LoggedActivity> {
  const data = parseOrThrow(activityInputSchema, input);
  const occurredAt = resolveOccurredAt(data.occurredAt, actor.timeZone, now, now);
  return getDb().$transaction((tx) =>
    recordActivity(
      tx,
      actor,
      {
        type: data.type,
        direction: data.direction,
        outcome: data.outcome,
        subject: data.subject,
        body: data.body,
        occurredAt,
        durationSeconds: data.duration === null ? null : parseDuration(data.duration),
        followUpDay: data.followUpDay,
        leadId: data.leadId,
        contactId: data.contactId,
        companyId: data.companyId,
        dealId: data.dealId,
      },
      now,
    ),
  );
}
