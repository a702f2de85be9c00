import { noteSchema } from "@/lib/validation/lead";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Adds a note to a lead's timeline. Anyone signed in may note on any lead (notes are how a
 * team shares what it knows); the author is recorded.
 * @throws ValidationError for an empty or too long note; NotFoundError for an unknown lead.
 */
export async function addLeadNote(actor: Actor, leadId: string, input: { body: string }, now = new Date()): Promise<{ id: string }> {
  assertRecordId(leadId, "Lead");
  const { body } = parseOrThrow(noteSchema, input);
  const db = getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { companyId: true, contactId: true } });
  if (!lead) throw new NotFoundError("Lead");
  return db.activity.create({
    data: { type: "NOTE", body, leadId, companyId: lead.companyId, contactId: lead.contactId, authorId: actor.id, occurredAt: now },
    select: { id: true },
  });
}
