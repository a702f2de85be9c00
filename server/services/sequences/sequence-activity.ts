import type { Prisma } from "@/server/generated/sqlite/client";

/** What a sequence timeline entry is about: the event, the sequence, and the step when there is one. */
export type SequenceEvent = {
  event: "enrolled" | "step" | "skipped" | "waiting" | "exited" | "completed";
  sequence: { id: string; name: string };
  enrolmentId: string;
  leadId: string | null;
  contactId: string | null;
  /** 1-based step number for people; stored as given. */
  step?: number;
  reason?: string;
  subject: string;
  body?: string | null;
  at: Date;
  /** An automatic email's entry: its type EMAIL (outbound), its author (the sender) and its message. */
  email?: { authorId: string | null; emailMessageId: string };
};

/**
 * The Activity row of a sequence timeline entry. System entries (enrolled, a task made, a skip, a
 * wait, the exit) are NOTEs without an author, as the unsubscribe note is, carrying
 * `data.sequence = { id, name, event, enrolmentId, step?, reason? }`; an automatic email is an
 * outbound EMAIL by its sender, linked to its EmailMessage (so opens and clicks thread onto it).
 */
export function sequenceActivityRow(entry: SequenceEvent): Prisma.ActivityCreateManyInput {
  const data = {
    sequence: {
      id: entry.sequence.id,
      name: entry.sequence.name,
      event: entry.event,
      enrolmentId: entry.enrolmentId,
      ...(entry.step !== undefined ? { step: entry.step } : {}),
      ...(entry.reason ? { reason: entry.reason } : {}),
    },
  };
  return {
    type: entry.email ? "EMAIL" : "NOTE",
    direction: entry.email ? "OUTBOUND" : null,
    subject: entry.subject.slice(0, 300),
    body: entry.body ?? null,
    occurredAt: entry.at,
    leadId: entry.leadId,
    contactId: entry.contactId,
    authorId: entry.email?.authorId ?? null,
    emailMessageId: entry.email?.emailMessageId ?? null,
    data,
  };
}
