import { todayRange } from "@/lib/dates";
import { keyNeedle, TAG_KEYS_OVERFLOW } from "@/lib/leads/filter-keys";
import type { LeadListQuery } from "@/lib/validation/lead-list";
import { getDb, isPostgres } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * Translates a leads list query into a Prisma `where`. Text search matches the lower-cased
 * `searchText` column (name, contact, email, phone digits, website), so it behaves the same,
 * case-insensitively, on SQLite and PostgreSQL. Website issues, and on SQLite tags, are matched in
 * the key columns `websiteIssueKeys` and `tagKeys` (see lib/leads/filter-keys.ts), which the list
 * indexes carry, rather than in their join tables. On PostgreSQL a tag filter reads the join table
 * instead (measured: 4× faster there, where no index serves a substring test; the five website
 * issues are too common for that to pay). Tag names are looked up first (one query).
 * @param viewer - the user whose id "me" means and whose time zone defines "today".
 * @param now - the current instant (for follow-up due today / overdue).
 */
export async function buildLeadWhere(
  query: Omit<LeadListQuery, "sort" | "dir" | "page" | "pageSize" | "hide">,
  viewer: { id: string; timeZone: string },
  now: Date,
): Promise<Prisma.LeadWhereInput> {
  const and: Prisma.LeadWhereInput[] = [];
  // "Converted" is written as a bounded range rather than `not: null`: SQLite (without statistics)
  // answers IS NOT NULL with a full table scan, but walks an index for a range (every convertedAt
  // is after 1970).
  and.push({ convertedAt: query.view === "converted" ? { gt: new Date(0) } : null });
  if (query.q) {
    // A phone number typed with separators ("+357 26-321") is looked for by its digits, which
    // searchText holds for every phone however it was written: one substring test per lead.
    const needle = query.q.toLowerCase();
    const digits = needle.replace(/\D/g, "");
    const phoneLike = digits.length >= 4 && digits.length === needle.replace(/[\s()+.-]/g, "").length;
    and.push({ searchText: { contains: phoneLike ? digits : needle } });
  }
  // "Not outside these stages" rather than "in these stages": the same leads (stageId is required),
  // but SQLite cannot walk Lead_board_idx (stageId, …) for it, which it would otherwise prefer and
  // then read every lead of the stage from the table; Lead_list_idx and Lead_score_idx filter
  // by stage inside the index. PostgreSQL rewrites it back to `IN`.
  if (query.stage.length) and.push({ NOT: { stageId: { notIn: query.stage } } });
  if (query.temperature.length) and.push({ temperature: { in: query.temperature } });
  if (query.scoreMin !== undefined) and.push({ score: { gte: query.scoreMin } });
  if (query.scoreMax !== undefined) and.push({ score: { lte: query.scoreMax } });
  if (query.niche) and.push({ niche: query.niche });
  if (query.source) and.push({ source: query.source });
  if (query.city) and.push({ city: query.city });
  if (query.country) and.push({ country: query.country });
  if (query.owner === "me") and.push({ ownerId: viewer.id });
  else if (query.owner === "none") and.push({ ownerId: null });
  else if (query.owner) and.push({ ownerId: query.owner });
  if (query.hasWebsite) and.push({ hasWebsite: query.hasWebsite === "yes" });
  if (query.demoSite) and.push({ demoSiteBuilt: query.demoSite === "yes" });
  for (const issue of query.websiteIssue) and.push({ websiteIssueKeys: { contains: keyNeedle(issue) } });
  if (query.tag.length) and.push(await anyTagFilter(query.tag));
  if (query.followUp) {
    const { start, end } = todayRange(now, viewer.timeZone);
    if (query.followUp === "today") and.push({ nextActionAt: { gte: start, lt: end } });
    else if (query.followUp === "overdue") and.push({ nextActionAt: { lt: start } });
    else and.push({ nextActionAt: null });
  }
  return { AND: and };
}

/**
 * Leads with any of the tags named `names` (none when no such tag exists). SQLite: their id in
 * tagKeys, or, for the few leads whose tag ids overflow that column, in the join table.
 */
async function anyTagFilter(names: string[]): Promise<Prisma.LeadWhereInput> {
  const tagIds = (await getDb().tag.findMany({ where: { name: { in: names } }, select: { id: true } })).map((tag) => tag.id);
  if (!tagIds.length) return { id: { in: [] } };
  if (isPostgres()) return { tags: { some: { id: { in: tagIds } } } };
  return {
    OR: [
      ...tagIds.map((id) => ({ tagKeys: { contains: keyNeedle(id) } })),
      { AND: [{ tagKeys: TAG_KEYS_OVERFLOW }, { tags: { some: { id: { in: tagIds } } } }] },
    ],
  };
}
