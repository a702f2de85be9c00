import { toMinorUnits } from "@/lib/money";
import type { CompanyFilters } from "@/lib/validation/company";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";

/**
 * Translates a companies list query into a Prisma `where`. Text search matches name or domain,
 * ignoring case on both databases; industry, city and country match exactly (the filters offer
 * existing values); tags match any of the given names. The revenue filters read the figures kept
 * on Company (refreshCompanyRevenue): hosting/SaaS active now, MRR in minor units of the base
 * currency between the bounds (given in major units); a project type matches companies with a
 * project of that type.
 * @param viewer - the user whose id "me" means.
 */
export function buildCompanyWhere(query: CompanyFilters, viewer: { id: string }): Prisma.CompanyWhereInput {
  const and: Prisma.CompanyWhereInput[] = [{ deletedAt: query.view === "deleted" ? { not: null } : null }];
  if (query.q) and.push({ OR: [{ name: containsText(query.q) }, { domain: containsText(query.q) }] });
  if (query.status) and.push({ status: query.status });
  if (query.industry) and.push({ industry: query.industry });
  if (query.city) and.push({ city: query.city });
  if (query.country) and.push({ country: query.country });
  if (query.owner === "me") and.push({ ownerId: viewer.id });
  else if (query.owner === "none") and.push({ ownerId: null });
  else if (query.owner) and.push({ ownerId: query.owner });
  if (query.tag.length) and.push({ tags: { some: { name: { in: query.tag } } } });
  if (query.projectType) and.push({ projects: { some: { typeId: query.projectType } } });
  if (query.hosting) and.push({ hostingActive: query.hosting === "yes" });
  if (query.saas) and.push({ saasActive: query.saas === "yes" });
  if (query.mrrMin !== undefined) and.push({ mrr: { gte: toMinorUnits(query.mrrMin) } });
  if (query.mrrMax !== undefined) and.push({ mrr: { lte: toMinorUnits(query.mrrMax) } });
  return { AND: and };
}
