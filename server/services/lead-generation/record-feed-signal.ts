import { isSharedDomain } from "@/lib/import/dedupe-keys";
import type { FeedItem } from "@/lib/lead-generation/feed-items";
import { websiteDomain } from "@/lib/leads/normalize";
import { leadInputSchema } from "@/lib/validation/lead";
import type { Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { leadColumns } from "@/server/services/leads/lead-write-data";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { containsText } from "@/server/services/text-filter";

/** Longest snippet stored with a signal, in characters. */
const SNIPPET_CHARS = 500;

/**
 * The business domains a post mentions: its link's (unless it is the feed's own site) and those of
 * URLs in its text, without sites that host many businesses (facebook.com, reddit.com…).
 */
export function mentionedDomains(item: FeedItem, feedHost: string | null): string[] {
  const urls = [item.url, ...(`${item.title} ${item.text}`.match(/\bhttps?:\/\/[^\s"'<>)]+|\bwww\.[^\s"'<>)]+/gi) ?? [])];
  const domains = urls.map((url) => websiteDomain(url)).filter((domain): domain is string => !!domain);
  const own = feedHost ? websiteDomain(feedHost) : null;
  return [...new Set(domains)].filter((domain) => domain !== own && domain !== "reddit.com" && !domain.endsWith(".reddit.com") && !isSharedDomain(domain));
}

/** What recording one post did. */
export type SignalOutcome = "created-lead" | "matched-lead";

/**
 * Records a matching post as a LeadSignal inside the caller's transaction, on the lead it concerns:
 * a lead whose website domain the post mentions, else one whose name is the post's author (ignoring
 * case), else a new lead (named for the author, the domain or the post's title; source "monitor:
 * <name>"; its `sourceJobId` the monitor's job). The caller has checked that no signal has this URL.
 * @param actor - owner of a new lead (null: unowned) and author of the audit entries.
 */
export async function recordFeedSignal(
  tx: Tx,
  {
    item,
    matched,
    monitor,
    jobId,
    feedHost,
    actor,
    stageId,
  }: { item: FeedItem; matched: string[]; monitor: { id: string; name: string }; jobId: string; feedHost: string | null; actor: { id: string; timeZone: string } | null; stageId: string },
): Promise<SignalOutcome> {
  const domains = mentionedDomains(item, feedHost);
  let lead = domains.length ? await tx.lead.findFirst({ where: { websiteDomain: { in: domains } }, orderBy: { createdAt: "asc" }, select: { id: true } }) : null;
  if (!lead && item.author) {
    const named = await tx.lead.findMany({ where: { name: containsText(item.author) }, select: { id: true, name: true }, take: 20 });
    lead = named.find((candidate) => candidate.name.toLowerCase() === item.author!.toLowerCase()) ?? null;
  }
  let outcome: SignalOutcome = "matched-lead";
  if (!lead) {
    const data = leadInputSchema.parse({
      name: (item.author ?? domains[0] ?? item.title ?? item.url).slice(0, 200),
      website: domains[0] ? `https://${domains[0]}` : null,
      source: `monitor: ${monitor.name}`.slice(0, 100),
    });
    lead = await tx.lead.create({ data: { ...leadColumns(data, actor?.timeZone ?? "UTC"), stageId, ownerId: actor?.id ?? null, sourceJobId: jobId }, select: { id: true } });
    await recordAudit(tx, { actorId: actor?.id ?? null, action: "create", entityType: "Lead", entityId: lead.id, changes: { name: data.name, monitorId: monitor.id } });
    await rescoreLeads(tx, [lead.id], new Date());
    outcome = "created-lead";
  }
  await tx.leadSignal.create({
    data: {
      leadId: lead.id,
      monitorId: monitor.id,
      url: item.url,
      title: item.title.slice(0, 500) || item.url,
      snippet: item.text ? item.text.slice(0, SNIPPET_CHARS) : null,
      matched,
      publishedAt: item.publishedAt,
    },
  });
  return outcome;
}
