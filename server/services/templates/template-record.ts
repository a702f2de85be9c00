import type { Prisma } from "@/server/generated/sqlite/client";

/** The columns of a template list row (the body is left out: it may be 200 KB). */
export const templateRowSelect = {
  id: true,
  name: true,
  category: true,
  subcategory: true,
  subject: true,
  favourite: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  variants: { select: { label: true }, orderBy: { label: "asc" } },
} satisfies Prisma.TemplateSelect;

export type TemplateRow = Prisma.TemplateGetPayload<{ select: typeof templateRowSelect }>;

/** A template with its body, variants and people: what its page, form and the API show. */
export const templateDetailSelect = {
  ...templateRowSelect,
  body: true,
  defaultKey: true,
  createdById: true,
  createdBy: { select: { id: true, name: true } },
  variants: { select: { id: true, label: true, subject: true, body: true }, orderBy: { label: "asc" } },
} satisfies Prisma.TemplateSelect;

export type TemplateDetail = Prisma.TemplateGetPayload<{ select: typeof templateDetailSelect }>;
