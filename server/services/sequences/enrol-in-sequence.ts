import { sequenceWindow } from "@/lib/sequences/plan-next-step";
import { nextSendInstant } from "@/lib/sequences/send-window";
import { recipientTimeZone } from "@/lib/geo/time-zone";
import { enrolInputSchema, type EnrolInput } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { buildLeadWhere } from "@/server/services/leads/build-lead-where";
import { parseOrThrow } from "@/server/services/parse";
import { canEdit, type Actor } from "@/server/services/permissions";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { sequenceActivityRow } from "./sequence-activity";

/** Most leads one enrolment by the list's filters takes. */
export const MAX_ENROL_BY_FILTER = 5000;

/** What an enrolment did: how many records were enrolled and how many already were (left as they are). */
export type EnrolResult = { enrolled: number; alreadyEnrolled: number; enrolmentIds: string[] };

type Recipient = { leadId: string | null; contactId: string | null; ownerId: string | null; country: string | null; city: string | null };

/** The leads to enrol: those named and, with filters, those the leads list shows (at most MAX_ENROL_BY_FILTER). */
async function findLeads(actor: Actor & { timeZone: string }, leadIds: string[], filters: Parameters<typeof buildLeadWhere>[0] | null | undefined, now: Date): Promise<Recipient[]> {
  const db = getDb();
  const select = { id: true, ownerId: true, country: true, city: true } satisfies Prisma.LeadSelect;
  const named = leadIds.length ? await db.lead.findMany({ where: { id: { in: leadIds } }, select }) : [];
  if (named.length !== new Set(leadIds).size) throw new NotFoundError("Lead");
  if (named.some((lead) => !canEdit(actor, lead))) throw new ForbiddenError("You can only enrol your own leads");
  let matching: typeof named = [];
  if (filters) {
    const where = await buildLeadWhere(filters, actor, now);
    // Enrolling sends in the owner's name: a salesperson enrols only their own leads.
    matching = await db.lead.findMany({ where: actor.role === "SALES" ? { AND: [where, { ownerId: actor.id }] } : where, select, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: MAX_ENROL_BY_FILTER });
  }
  const seen = new Set<string>();
  return [...named, ...matching].filter((lead) => !seen.has(lead.id) && seen.add(lead.id)).map((lead) => ({ leadId: lead.id, contactId: null, ownerId: lead.ownerId, country: lead.country, city: lead.city }));
}

async function findContacts(actor: Actor, contactIds: string[]): Promise<Recipient[]> {
  if (!contactIds.length) return [];
  const contacts = await getDb().contact.findMany({ where: { id: { in: contactIds }, deletedAt: null }, select: { id: true, ownerId: true, company: { select: { country: true, city: true } } } });
  if (contacts.length !== new Set(contactIds).size) throw new NotFoundError("Contact");
  if (contacts.some((contact) => !canEdit(actor, contact))) throw new ForbiddenError("You can only enrol your own contacts");
  return contacts.map((c) => ({ leadId: null, contactId: c.id, ownerId: c.ownerId, country: c.company?.country ?? null, city: c.company?.city ?? null }));
}

/**
 * Enrols leads and contacts in a sequence (not an archived one): from the leads list (chosen ids,
 * or every lead its filters match), the contacts list, or a record page.
 * - A record already in the sequence (an ACTIVE enrolment: `activeKey` "<sequence>:<record>" is
 *   unique) is left as it is and counted in `alreadyEnrolled`.
 * - Each enrolment's owner (sender of its emails, assignee of its tasks) is the record's owner,
 *   else the actor; its first step is due at once when it is a wait, else at the first instant of
 *   the send window in the recipient's time zone (its country or city, else the owner's).
 * - Each record's timeline notes the enrolment. Runs only while the sequence is ACTIVE.
 * Permissions: the actor must be able to edit every record named (canEdit); by filters a
 * salesperson enrols only their own leads.
 * @param now - the clock (filters' "today", the first step's time).
 * @throws ValidationError, NotFoundError (sequence or a record), ForbiddenError, ConflictError (an
 *   archived sequence, or another enrolment of the same record racing this one).
 */
export async function enrolInSequence(actor: Actor & { timeZone: string }, input: EnrolInput, now = new Date()): Promise<EnrolResult> {
  const data = parseOrThrow(enrolInputSchema, input);
  const db = getDb();
  const sequence = await db.sequence.findUnique({
    where: { id: data.sequenceId },
    select: { id: true, name: true, status: true, sendDays: true, sendFromHour: true, sendToHour: true, steps: { select: { kind: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  if (!sequence) throw new NotFoundError("Sequence");
  if (sequence.status === "ARCHIVED") throw new ConflictError("This sequence is archived");
  const recipients = [...(await findLeads(actor, data.leadIds, data.leadFilters, now)), ...(await findContacts(actor, data.contactIds))];
  const ownerIds = [...new Set(recipients.map((r) => r.ownerId ?? actor.id))];
  const owners = new Map((await db.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, timeZone: true } })).map((u) => [u.id, u.timeZone]));
  const keyOf = (r: Recipient) => `${sequence.id}:${r.leadId ?? r.contactId}`;
  const window = sequenceWindow(sequence);
  const firstIsWait = sequence.steps[0]?.kind === "WAIT";

  try {
    return await db.$transaction(
      async (tx) => {
        const active = new Set<string>();
        const keys = recipients.map(keyOf);
        for (let i = 0; i < keys.length; i += 500) {
          const rows = await tx.sequenceEnrolment.findMany({ where: { activeKey: { in: keys.slice(i, i + 500) } }, select: { activeKey: true } });
          for (const row of rows) active.add(row.activeKey!);
        }
        const fresh = recipients.filter((r) => !active.has(keyOf(r)));
        const enrolmentIds: string[] = [];
        for (const r of fresh) {
          const ownerId = r.ownerId && owners.has(r.ownerId) ? r.ownerId : actor.id;
          const timeZone = recipientTimeZone(r, owners.get(ownerId) ?? actor.timeZone);
          const enrolment = await tx.sequenceEnrolment.create({
            data: {
              sequenceId: sequence.id,
              leadId: r.leadId,
              contactId: r.contactId,
              ownerId,
              enrolledById: actor.id,
              activeKey: keyOf(r),
              nextStep: 0,
              nextRunAt: firstIsWait ? now : nextSendInstant(now, window, timeZone),
              enrolledAt: now,
            },
            select: { id: true },
          });
          enrolmentIds.push(enrolment.id);
        }
        if (fresh.length) {
          await tx.activity.createMany({
            data: fresh.map((r, i) =>
              sequenceActivityRow({ event: "enrolled", sequence, enrolmentId: enrolmentIds[i], leadId: r.leadId, contactId: r.contactId, subject: `Enrolled in the sequence “${sequence.name}”`, at: now }),
            ),
          });
          await recordAudit(tx, { actorId: actor.id, action: "enrol", entityType: "Sequence", entityId: sequence.id, changes: { enrolled: fresh.length } });
        }
        return { enrolled: fresh.length, alreadyEnrolled: recipients.length - fresh.length, enrolmentIds };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Someone enrolled one of these records at the same moment; try again");
    throw error;
  }
}
