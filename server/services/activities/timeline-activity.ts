import type { Prisma } from "@/server/generated/sqlite/client";

/** How many activities a record's page shows (newest first). */
export const TIMELINE_LIMIT = 200;

/** The fields of one timeline entry: what happened, when, and who did it. */
export const timelineEntrySelect = {
  id: true,
  type: true,
  direction: true,
  subject: true,
  body: true,
  occurredAt: true,
  author: { select: { name: true } },
} satisfies Prisma.ActivitySelect;

export type TimelineEntry = Prisma.ActivityGetPayload<{ select: typeof timelineEntrySelect }>;

/** A timeline entry on a company or contact page, which also names the lead or contact it concerned. */
export const timelineActivitySelect = {
  ...timelineEntrySelect,
  lead: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
} satisfies Prisma.ActivitySelect;

export type TimelineActivity = Prisma.ActivityGetPayload<{ select: typeof timelineActivitySelect }>;
