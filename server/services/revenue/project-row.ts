import type { Prisma } from "@/server/generated/sqlite/client";

/** What the company page, the project form and the REST API show of a project. */
export const projectSelect = {
  id: true,
  name: true,
  companyId: true,
  typeId: true,
  amount: true,
  currency: true,
  status: true,
  startedAt: true,
  completedAt: true,
  paidAt: true,
  paymentDueAt: true,
  dealId: true,
  ownerId: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  company: { select: { id: true, name: true } },
  type: { select: { id: true, name: true } },
  deal: { select: { id: true, title: true } },
  owner: { select: { id: true, name: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
