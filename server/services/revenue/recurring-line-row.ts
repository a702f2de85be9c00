import type { Prisma } from "@/server/generated/sqlite/client";

/** What the company page, the line form and the REST API show of a recurring line. */
export const recurringLineSelect = {
  id: true,
  companyId: true,
  kind: true,
  description: true,
  amount: true,
  currency: true,
  billingPeriod: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  updatedAt: true,
  company: { select: { id: true, name: true } },
} satisfies Prisma.RecurringLineSelect;

export type RecurringLineRow = Prisma.RecurringLineGetPayload<{ select: typeof recurringLineSelect }>;
