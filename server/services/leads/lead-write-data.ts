import { zonedDayStart } from "@/lib/dates";
import type { WebsiteIssue } from "@/lib/enums";
import { tagKeysOf, websiteIssueKeysOf } from "@/lib/leads/filter-keys";
import { leadSearchText, phoneDigits, websiteDomain } from "@/lib/leads/normalize";
import { toMinorUnits } from "@/lib/money";
import type { LeadData } from "@/lib/validation/lead";
import type { Tx } from "@/server/db";

/**
 * The scalar columns written for a validated lead: derived columns (phone digits, website
 * domain, search text, website issue keys), estimated value converted to minor units, and the
 * next action day taken as midnight in the acting user's time zone. `tagKeys` is not among them:
 * it holds tag ids, which only the database knows (see leadTags). Nor are `score` and `temperature`:
 * lead scoring computes them (server/services/scoring/rescore-leads.ts); the input's are ignored.
 */
export function leadColumns(data: LeadData, timeZone: string) {
  return {
    name: data.name,
    contactName: data.contactName,
    email: data.email,
    phone: data.phone,
    phoneDigits: phoneDigits(data.phone),
    website: data.website,
    websiteDomain: websiteDomain(data.website),
    hasWebsite: data.hasWebsite ?? data.website !== null,
    demoSiteBuilt: data.demoSiteBuilt,
    niche: data.niche,
    source: data.source,
    address: data.address,
    city: data.city,
    country: data.country,
    rating: data.rating,
    reviewCount: data.reviewCount,
    mapsUrl: data.mapsUrl,
    externalId: data.externalId,
    nextActionAt: data.nextActionDay ? zonedDayStart(data.nextActionDay, timeZone) : null,
    estimatedValue: data.estimatedValue === null ? null : toMinorUnits(data.estimatedValue),
    currency: data.currency,
    notes: data.notes,
    searchText: leadSearchText(data),
    websiteIssueKeys: websiteIssueKeysOf(data.websiteIssues),
  };
}

/**
 * The ids of the tags named `names`, in the same order, creating the tags that do not exist yet.
 */
export async function tagIdsFor(tx: Tx, names: readonly string[]): Promise<string[]> {
  if (!names.length) return [];
  const found = await tx.tag.findMany({ where: { name: { in: [...names] } }, select: { id: true, name: true } });
  const idOf = new Map(found.map((tag) => [tag.name, tag.id]));
  for (const name of names) {
    if (!idOf.has(name)) idOf.set(name, (await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id);
  }
  return names.map((name) => idOf.get(name)!);
}

/**
 * Lead data that makes a lead's tags exactly `tagIds`, with `tagKeys` in step. On create the
 * relation write is a plain connect (there is nothing to replace).
 */
export function leadTags(tagIds: readonly string[], mode: "create" | "update") {
  const ids = tagIds.map((id) => ({ id }));
  return { tags: mode === "create" ? { connect: ids } : { set: ids }, tagKeys: tagKeysOf(tagIds) };
}

/**
 * Lead data that makes an existing lead's website issues exactly `issues`, with `websiteIssueKeys`
 * in step (lib/leads/filter-keys.ts).
 */
export function leadWebsiteIssues(issues: readonly WebsiteIssue[]) {
  return { websiteIssues: { deleteMany: {}, create: issues.map((issue) => ({ issue })) }, websiteIssueKeys: websiteIssueKeysOf(issues) };
}

/** Prisma nested writes that make a record's tags exactly `names` (creating missing tags). */
export function setTags(names: string[]) {
  return {
    set: [],
    connectOrCreate: names.map((name) => ({ where: { name }, create: { name } })),
  };
}
