import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import type { Prisma } from "@/server/generated/sqlite/client";

const leadDetailSelect = {
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
  address: true,
  city: true,
  country: true,
  rating: true,
  reviewCount: true,
  mapsUrl: true,
  externalId: true,
  score: true,
  temperature: true,
  nextActionAt: true,
  estimatedValue: true,
  currency: true,
  notes: true,
  ownerId: true,
  convertedAt: true,
  createdAt: true,
  updatedAt: true,
  stage: { select: { id: true, name: true, color: true, kind: true } },
  owner: { select: { id: true, name: true } },
  company: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
  tags: { select: { name: true, color: true }, orderBy: { name: "asc" } },
  websiteIssues: { select: { issue: true } },
  activities: {
    orderBy: { occurredAt: "desc" },
    take: 200,
    select: {
      id: true,
      type: true,
      direction: true,
      subject: true,
      body: true,
      occurredAt: true,
      author: { select: { name: true } },
    },
  },
} satisfies Prisma.LeadSelect;

export type LeadDetail = Prisma.LeadGetPayload<{ select: typeof leadDetailSelect }>;

/**
 * A lead with everything its detail page shows, including its 200 newest activities.
 * @throws NotFoundError for an unknown id.
 */
export async function getLead(leadId: string): Promise<LeadDetail> {
  assertRecordId(leadId, "Lead");
  const lead = await getDb().lead.findUnique({ where: { id: leadId }, select: leadDetailSelect });
  if (!lead) throw new NotFoundError("Lead");
  return lead;
}
