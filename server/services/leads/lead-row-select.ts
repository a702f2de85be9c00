import type { Prisma } from "@/server/generated/sqlite/client";

/** The lead's own columns on one row of the leads list. Money in minor units. */
export const leadColumnsSelect = {
  id: true,
  name: true,
  contactName: true,
  email: true,
  phone: true,
  website: true,
  hasWebsite: true,
  demoSiteBuilt: true,
  niche: true,
  source: true,
  city: true,
  country: true,
  rating: true,
  reviewCount: true,
  score: true,
  temperature: true,
  nextActionAt: true,
  estimatedValue: true,
  currency: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  convertedAt: true,
} satisfies Prisma.LeadSelect;

/** One row of the leads list: the lead's columns with its stage, owner, tags and website issues. */
export const leadRowSelect = {
  ...leadColumnsSelect,
  stage: { select: { id: true, name: true, color: true, kind: true } },
  owner: { select: { id: true, name: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
  websiteIssues: { select: { issue: true } },
} satisfies Prisma.LeadSelect;

export type LeadRow = Prisma.LeadGetPayload<{ select: typeof leadRowSelect }>;
