import type { Prisma } from "@/server/generated/sqlite/client";

/** What the suppression list shows of an entry (page, API, CSV). */
export const suppressionRowSelect = {
  id: true,
  address: true,
  reason: true,
  note: true,
  messageId: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.EmailSuppressionSelect;

export type SuppressionRow = Prisma.EmailSuppressionGetPayload<{ select: typeof suppressionRowSelect }>;
