import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { leadRowSelect } from "./list-leads";

/** What the list shows of a lead plus its other fields and the company and contact it was converted into. */
const leadDetailSelect = {
  ...leadRowSelect,
  address: true,
  mapsUrl: true,
  externalId: true,
  notes: true,
  scoreBreakdown: true,
  scoreOverride: true,
  scoreOverrideNote: true,
  scoredAt: true,
  company: { select: { id: true, name: true } },
  contact: { select: { id: true, firstName: true, lastName: true } },
} satisfies Prisma.LeadSelect;

export type LeadDetail = Prisma.LeadGetPayload<{ select: typeof leadDetailSelect }>;

/**
 * A lead with everything its detail page shows but its timeline (listTimeline).
 * @throws NotFoundError for an unknown id.
 */
export async function getLead(leadId: string): Promise<LeadDetail> {
  assertRecordId(leadId, "Lead");
  const lead = await getDb().lead.findUnique({ where: { id: leadId }, select: leadDetailSelect });
  if (!lead) throw new NotFoundError("Lead");
  return lead;
}
