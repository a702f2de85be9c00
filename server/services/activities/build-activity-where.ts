import type { ActivityListQuery } from "@/lib/validation/activity-list";
import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * Translates an activities list query into a Prisma `where`: the activity's own record links
 * (a company's filter does not add its contacts' activities, unlike its timeline), types,
 * direction, outcome and author (`by`: "me" or a user id).
 * @param viewer - the user whose id "me" means.
 */
export function buildActivityWhere(query: ActivityListQuery, viewer: { id: string }): Prisma.ActivityWhereInput {
  const and: Prisma.ActivityWhereInput[] = [];
  if (query.leadId) and.push({ leadId: query.leadId });
  if (query.contactId) and.push({ contactId: query.contactId });
  if (query.companyId) and.push({ companyId: query.companyId });
  if (query.dealId) and.push({ dealId: query.dealId });
  if (query.type.length) and.push({ type: { in: query.type } });
  if (query.direction) and.push({ direction: query.direction });
  if (query.outcome) and.push({ outcome: query.outcome });
  if (query.by) and.push({ authorId: query.by === "me" ? viewer.id : query.by });
  return { AND: and };
}
