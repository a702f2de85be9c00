import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * The fields of one timeline entry: what happened (type, direction, outcome, duration, subject,
 * text), when, who did it, and the records it concerned (a company's or contact's page names the
 * lead, contact or deal of each entry).
 */
export const timelineEntrySelect = {
  id: true,
  type: true,
  direction: true,
  outcome: true,
  durationSeconds: true,
  subject: true,
  body: true,
  occurredAt: true,
  authorId: true,
  author: { select: { name: true } },
  lead: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
  deal: { select: { id: true, title: true } },
} satisfies Prisma.ActivitySelect;

export type TimelineEntry = Prisma.ActivityGetPayload<{ select: typeof timelineEntrySelect }>;
