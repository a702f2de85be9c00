import { WEBSITE_ISSUES, type WebsiteIssue } from "@/lib/enums";
import { TAG_KEYS_OVERFLOW } from "@/lib/leads/filter-keys";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { readRows } from "@/server/read-rows";
import { sqlPlaceholders } from "@/server/sql-placeholders";
import { leadOrderBySql, leadWhereSql } from "./lead-sql";
import { leadColumnsSelect, type LeadRow } from "./lead-row-select";

/** The Lead columns of a list row, plus the key lists its tags and website issues are read from. */
const leadScalarSelect = { ...leadColumnsSelect, stageId: true, tagKeys: true, websiteIssueKeys: true } satisfies Prisma.LeadSelect;

type LeadScalars = Prisma.LeadGetPayload<{ select: typeof leadScalarSelect }>;

/** Which leads to read: a Lead filter (the forms leadWhereSql writes), their order, and paging. */
type LeadPageArgs = {
  where: Prisma.LeadWhereInput;
  orderBy: Prisma.LeadOrderByWithRelationInput | Prisma.LeadOrderByWithRelationInput[];
  skip?: number;
  take: number;
};

const scalarColumnsSql = Object.keys(leadScalarSelect)
  .map((name) => `"Lead"."${name}"`)
  .join(", ");

const issueSet = new Set<string>(WEBSITE_ISSUES);
const keysOf = (list: string) => list.split("|").filter(Boolean);
const unique = (values: string[]) => [...new Set(values)];

/**
 * Reads leads as list rows (LeadRow: the lead's columns with its stage, owner, tags by name and
 * website issues) with the given where / order / paging. The same rows as a findMany with a
 * relation select, in fewer and cheaper statements, read with readRows (SQL without Prisma's
 * per-call work): one statement for the leads (leadWhereSql: the filter Prisma would run), then
 * the stages, owners and tags of the whole page in one statement each, with tags and website
 * issues taken from the leads' key lists (Lead.tagKeys, Lead.websiteIssueKeys, kept in step with
 * the join tables). Only a lead whose tag list overflowed its key list reads its tags from the
 * join table. A relation select costs a statement and about 1.5 ms of mapping per relation for
 * a 50-row page (measured by `npm run bench:api`), and every API list page and leads list page
 * takes this path.
 */
export async function findLeadRows({ where, orderBy, skip = 0, take }: LeadPageArgs): Promise<LeadRow[]> {
  const params: unknown[] = [];
  const whereSql = leadWhereSql(where, params);
  const paging = `LIMIT ${sqlPlaceholders(1, params.push(take))} OFFSET ${sqlPlaceholders(1, params.push(skip))}`;
  const leads = await readRows<LeadScalars>(`SELECT ${scalarColumnsSql} FROM "Lead" WHERE ${whereSql} ORDER BY ${leadOrderBySql(orderBy)} ${paging}`, params);
  if (leads.length === 0) return [];
  const ownerIds = unique(leads.flatMap((lead) => (lead.ownerId ? [lead.ownerId] : [])));
  const tagIds = unique(leads.flatMap((lead) => (lead.tagKeys === TAG_KEYS_OVERFLOW ? [] : keysOf(lead.tagKeys))));
  const stageIds = unique(leads.map((lead) => lead.stageId));
  const overflowIds = leads.filter((lead) => lead.tagKeys === TAG_KEYS_OVERFLOW).map((lead) => lead.id);
  const byIds = <Row>(columns: string, table: string, ids: string[]): Promise<Row[]> =>
    ids.length ? readRows<Row>(`SELECT ${columns} FROM "${table}" WHERE "id" IN (${sqlPlaceholders(ids.length)})`, ids) : Promise.resolve([]);
  const [stages, owners, tags, overflowTags] = await Promise.all([
    byIds<LeadRow["stage"]>(`"id", "name", "color", "kind"`, "Stage", stageIds),
    byIds<{ id: string; name: string }>(`"id", "name"`, "User", ownerIds),
    byIds<{ id: string; name: string; color: string }>(`"id", "name", "color"`, "Tag", tagIds),
    overflowIds.length ? getDb().lead.findMany({ where: { id: { in: overflowIds } }, select: { id: true, tags: { select: { name: true, color: true } } } }) : [],
  ]);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
  const tagById = new Map(tags.map((tag) => [tag.id, { name: tag.name, color: tag.color }]));
  const overflowById = new Map(overflowTags.map((lead) => [lead.id, lead.tags]));
  return leads.map(({ stageId, tagKeys, websiteIssueKeys, ...lead }) => {
    const leadTags = overflowById.get(lead.id) ?? keysOf(tagKeys).flatMap((id) => tagById.get(id) ?? []);
    return {
      ...lead,
      stage: stageById.get(stageId)!,
      owner: lead.ownerId ? (ownerById.get(lead.ownerId) ?? null) : null,
      tags: [...leadTags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      websiteIssues: keysOf(websiteIssueKeys)
        .filter((issue) => issueSet.has(issue))
        .map((issue) => ({ issue: issue as WebsiteIssue })),
    };
  });
}
