import type { Prisma } from "@/server/generated/sqlite/client";

/** A task's own columns as lists show them (no related records). */
export const taskBaseSelect = {
  id: true,
  title: true,
  type: true,
  priority: true,
  status: true,
  dueAt: true,
  allDay: true,
  completedAt: true,
  createdAt: true,
  assigneeId: true,
  createdById: true,
  leadId: true,
  contactId: true,
  companyId: true,
  dealId: true,
} satisfies Prisma.TaskSelect;

export type TaskBase = Prisma.TaskGetPayload<{ select: typeof taskBaseSelect }>;

/** The fields of one task in a list: what, when, who, and the records it is linked to. */
export const taskRowSelect = {
  ...taskBaseSelect,
  assignee: { select: { id: true, name: true } },
  lead: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
  company: { select: { id: true, name: true } },
  deal: { select: { id: true, title: true } },
} satisfies Prisma.TaskSelect;

export type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskRowSelect }>;

/** Statuses of a task that is not done. */
export const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/** The record ids a task is linked to (each may be null). */
export type TaskLinks = { leadId: string | null; contactId: string | null; companyId: string | null; dealId: string | null };

/** The Prisma select of a task's links. */
export const taskLinksSelect = { leadId: true, contactId: true, companyId: true, dealId: true } satisfies Prisma.TaskSelect;
