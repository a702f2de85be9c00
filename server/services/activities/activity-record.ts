import type { Prisma } from "@/server/generated/sqlite/client";
import { timelineEntrySelect } from "./timeline-activity";

/**
 * An activity as the REST API shows it: a timeline entry with the ids of the records it belongs
 * to, its data (a stage change's from/to) and when it was written and last changed.
 */
export const activityRecordSelect = {
  ...timelineEntrySelect,
  data: true,
  leadId: true,
  contactId: true,
  companyId: true,
  dealId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ActivitySelect;

export type ActivityRecord = Prisma.ActivityGetPayload<{ select: typeof activityRecordSelect }>;
