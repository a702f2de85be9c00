import { assertRecordId } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { logActivity } from "./log-activity";

/**
 * Adds a note (markdown text) to a lead's timeline, now. Anyone signed in may note on any lead
 * (notes are how a team shares what it knows); the author is recorded.
 * @throws ValidationError for an empty or too long note; NotFoundError for an unknown lead.
 */
export async function addLeadNote(actor: Actor & { timeZone: string }, leadId: string, input: { body: string }, now = new Date()): Promise<{ id: string }> {
  assertRecordId(leadId, "Lead");
  const { id } = await logActivity(actor, { type: "NOTE", body: input?.body, leadId }, now);
  return { id };
}
