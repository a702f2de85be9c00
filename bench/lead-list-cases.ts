import type { SqlValue } from "./raw-database";

/**
 * One benchmarked view of the leads list: the URL parameters the page would pass to
 * parseLeadListQuery, and the same query written by hand in SQL (a `WHERE` over `l`, the Lead
 * table, an `ORDER BY` and the row offset of the page) to compare the service with.
 */
export type LeadListCase = {
  name: string;
  kind: "list" | "search";
  params: Record<string, string | string[]>;
  sql: { where: string; args: SqlValue[]; orderBy: string; offset?: number };
};

/** What the cases need to know about the generated data. */
export type CaseContext = {
  stageIds: Record<string, string>;
  /** The signed-in user ("owner=me"). */
  viewerId: string;
  /** The viewer's today, [start, end) in UTC. */
  today: { start: Date; end: Date };
  /** Part of a real lead's phone number as a user would type it ("434-3873"). */
  phoneFragment: string;
  /** The start of a real lead's email address ("bookings@hajek"). */
  emailFragment: string;
  /** Id of each tag by name. */
  tagIds: Record<string, string>;
};

const ACTIVE = `l."convertedAt" IS NULL`;
const contains = (text: string) => `%${text}%`;

/**
 * The benchmark cases: realistic filter + sort + page combinations, then text searches. Tags and
 * website issues are matched in the key columns, as the service does (lib/leads/filter-keys.ts;
 * the service looks the tag's id up by name first).
 */
export function leadListCases({ stageIds, viewerId, today, phoneFragment, emailFragment, tagIds }: CaseContext): LeadListCase[] {
  const phoneDigits = phoneFragment.replace(/\D/g, "");
  return [
    {
      name: "stage + temperature, by score",
      kind: "list",
      params: { stage: [stageIds.Contacted, stageIds.Replied], temperature: ["HOT", "WARM"], sort: "score", dir: "desc" },
      sql: {
        where: `${ACTIVE} AND l."stageId" IN (?, ?) AND l."temperature" IN (?, ?)`,
        args: [stageIds.Contacted, stageIds.Replied, "HOT", "WARM"],
        orderBy: `l."score" DESC, l."id" DESC`,
      },
    },
    {
      name: "city + no website, by created",
      kind: "list",
      params: { city: "London", hasWebsite: "no" },
      sql: { where: `${ACTIVE} AND l."city" = ? AND l."hasWebsite" = ?`, args: ["London", false], orderBy: `l."createdAt" DESC, l."id" DESC` },
    },
    {
      name: "follow-up overdue, by next action",
      kind: "list",
      params: { followUp: "overdue", sort: "nextActionAt", dir: "asc" },
      sql: { where: `${ACTIVE} AND l."nextActionAt" < ?`, args: [today.start], orderBy: `l."nextActionAt" ASC, l."id" ASC` },
    },
    {
      name: "my follow-ups today, by score",
      kind: "list",
      params: { owner: "me", followUp: "today", sort: "score", dir: "desc" },
      sql: {
        where: `${ACTIVE} AND l."ownerId" = ? AND l."nextActionAt" >= ? AND l."nextActionAt" < ?`,
        args: [viewerId, today.start, today.end],
        orderBy: `l."score" DESC, l."id" DESC`,
      },
    },
    {
      name: "niche + website issue, by rating",
      kind: "list",
      params: { niche: "Restaurant", websiteIssue: "NOT_MOBILE_FRIENDLY", sort: "rating", dir: "desc" },
      sql: {
        where: `${ACTIVE} AND l."niche" = ? AND l."websiteIssueKeys" LIKE ?`,
        args: ["Restaurant", contains("|NOT_MOBILE_FRIENDLY|")],
        orderBy: `l."rating" DESC NULLS LAST, l."id" DESC`,
      },
    },
    {
      name: "tag, by updated",
      kind: "list",
      params: { tag: "priority", sort: "updatedAt" },
      sql: {
        where: `${ACTIVE} AND (l."tagKeys" LIKE ? OR (l."tagKeys" = '*' AND EXISTS (SELECT 1 FROM "_LeadToTag" lt WHERE lt."A" = l."id" AND lt."B" = ?)))`,
        args: [contains(`|${tagIds.priority}|`), tagIds.priority],
        orderBy: `l."updatedAt" DESC, l."id" DESC`,
      },
    },
    {
      name: "all active, by rating",
      kind: "list",
      params: { sort: "rating", dir: "desc" },
      sql: { where: ACTIVE, args: [], orderBy: `l."rating" DESC NULLS LAST, l."id" DESC` },
    },
    {
      name: "country + stage, by name",
      kind: "list",
      params: { country: "Germany", stage: stageIds.New, sort: "name", dir: "asc" },
      sql: { where: `${ACTIVE} AND l."country" = ? AND l."stageId" IN (?)`, args: ["Germany", stageIds.New], orderBy: `l."name" ASC, l."id" ASC` },
    },
    {
      name: "converted, by name",
      kind: "list",
      params: { view: "converted", sort: "name", dir: "asc" },
      sql: { where: `l."convertedAt" IS NOT NULL`, args: [], orderBy: `l."name" ASC, l."id" ASC` },
    },
    {
      name: "deep page 20, by created",
      kind: "list",
      params: { page: "20" },
      sql: { where: ACTIVE, args: [], orderBy: `l."createdAt" DESC, l."id" DESC`, offset: 19 * 50 },
    },
    {
      name: "q=rare name part",
      kind: "search",
      params: { q: "Hadjipet" },
      sql: { where: `${ACTIVE} AND l."searchText" LIKE ?`, args: [contains("hadjipet")], orderBy: `l."createdAt" DESC, l."id" DESC` },
    },
    {
      name: "q=common name part",
      kind: "search",
      params: { q: "dental" },
      sql: { where: `${ACTIVE} AND l."searchText" LIKE ?`, args: [contains("dental")], orderBy: `l."createdAt" DESC, l."id" DESC` },
    },
    {
      name: "q=phone digits",
      kind: "search",
      params: { q: phoneFragment },
      sql: {
        where: `${ACTIVE} AND l."searchText" LIKE ?`,
        args: [contains(phoneDigits)],
        orderBy: `l."createdAt" DESC, l."id" DESC`,
      },
    },
    {
      name: "q=email fragment",
      kind: "search",
      params: { q: emailFragment },
      sql: { where: `${ACTIVE} AND l."searchText" LIKE ?`, args: [contains(emailFragment.toLowerCase())], orderBy: `l."createdAt" DESC, l."id" DESC` },
    },
    {
      name: "q + stage, by score",
      kind: "search",
      params: { q: "grill", stage: stageIds.New, sort: "score", dir: "desc" },
      sql: {
        where: `${ACTIVE} AND l."searchText" LIKE ? AND l."stageId" IN (?)`,
        args: [contains("grill"), stageIds.New],
        orderBy: `l."score" DESC, l."id" DESC`,
      },
    },
  ];
}

/**
 * The hand-written page query: the columns the leads table shows, with stage, owner, tags
 * (by name) and website issues, as one statement. Runs unchanged on SQLite ≥ 3.44 and PostgreSQL.
 * Stage is LEFT JOINed although every lead has one: with an inner join SQLite may loop over the
 * filtered stages first and walk the leads once per stage.
 */
export function pageSql(c: LeadListCase["sql"], pageSize: number): string {
  return `SELECT l."id", l."name", l."contactName", l."email", l."phone", l."website", l."hasWebsite", l."demoSiteBuilt",
  l."niche", l."source", l."city", l."country", l."rating", l."reviewCount", l."score", l."temperature", l."nextActionAt",
  l."estimatedValue", l."currency", l."ownerId", l."createdAt", l."updatedAt", l."convertedAt",
  s."id" AS "stageId", s."name" AS "stageName", s."color" AS "stageColor", s."kind" AS "stageKind", u."name" AS "ownerName",
  (SELECT string_agg(t."name", ',' ORDER BY t."name") FROM "_LeadToTag" lt JOIN "Tag" t ON t."id" = lt."B" WHERE lt."A" = l."id") AS "tags",
  (SELECT string_agg(CAST(i."issue" AS TEXT), ',') FROM "LeadWebsiteIssue" i WHERE i."leadId" = l."id") AS "websiteIssues"
FROM "Lead" l
LEFT JOIN "Stage" s ON s."id" = l."stageId"
LEFT JOIN "User" u ON u."id" = l."ownerId"
WHERE ${c.where}
ORDER BY ${c.orderBy}
LIMIT ${pageSize} OFFSET ${c.offset ?? 0}`;
}

/** The hand-written count of all rows matching the case. */
export function countSql(c: LeadListCase["sql"]): string {
  return `SELECT COUNT(*) AS "total" FROM "Lead" l WHERE ${c.where}`;
}
