import { outreachInputSchema } from "@/lib/validation/outreach";
import { getDb } from "@/server/db";
import { recordActivity, type LoggedActivity } from "@/server/services/activities/record-activity";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Logs an outbound touch from the quick "Log outreach" dialog, as an OUTBOUND activity that
 * happened `now`, optionally on a lead, a contact and/or a deal. Logging "contacted" on a lead in
 * New moves it to Contacted, "closed won/lost" to Won/Lost; a follow-up day becomes the lead's
 * next action date (see recordActivity for the rules and permissions).
 * @throws ValidationError (unknown type or outcome, malformed day, "follow-up set" without a
 *   day, a day without a lead); NotFoundError; ForbiddenError.
 */
export async function logOutreach(actor: Actor & { timeZone: string }, input: unknown, now = new Date()): Promise<LoggedActivity> {
  const data = parseOrThrow(outreachInputSchema, input);
  return getDb().$transaction((tx) =>
    recordActivity(
      tx,
      actor,
      {
        type: data.type,
        direction: "OUTBOUND",
        outcome: data.outcome,
        subject: null,
        body: data.body,
        occurredAt: now,
        durationSeconds: null,
        followUpDay: data.followUpDay,
        leadId: data.leadId,
        contactId: data.contactId,
        companyId: null,
        dealId: data.dealId,
      },
      now,
    ),
  );
}
