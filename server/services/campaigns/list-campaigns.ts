import { campaignRates, type CampaignRates } from "@/lib/campaigns/campaign-stats";
import type { CampaignListQuery } from "@/lib/validation/campaign";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { containsText } from "@/server/services/text-filter";
import { campaignSelect, toCampaignRow, type CampaignRow } from "./campaign-record";

/** A campaign in a list: with its recipients, sends and rates. */
export type CampaignListRow = CampaignRow & { recipients: number; sent: number; rates: CampaignRates };

function campaignWhere(query: CampaignListQuery): Prisma.CampaignWhereInput {
  return { ...(query.status ? { status: query.status } : {}), ...(query.q ? { name: containsText(query.q) } : {}) };
}

/** Adds each campaign's counts and rates (one grouped query for the page). */
async function withCounts(rows: Array<Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>>): Promise<CampaignListRow[]> {
  const grouped = rows.length
    ? await getDb().emailMessage.groupBy({
        by: ["campaignId"],
        where: { campaignId: { in: rows.map((r) => r.id) } },
        _count: { _all: true, sentAt: true, deliveredAt: true, openedAt: true, clickedAt: true, bouncedAt: true, complainedAt: true, unsubscribedAt: true },
      })
    : [];
  const byId = new Map(grouped.map((g) => [g.campaignId, g._count]));
  return rows.map((row) => {
    const c = byId.get(row.id);
    const counts = {
      recipients: c?._all ?? 0, suppressed: 0, failed: 0, queued: 0,
      sent: c?.sentAt ?? 0, delivered: c?.deliveredAt ?? 0, opened: c?.openedAt ?? 0, clicked: c?.clickedAt ?? 0,
      bounced: c?.bouncedAt ?? 0, complained: c?.complainedAt ?? 0, unsubscribed: c?.unsubscribedAt ?? 0,
    };
    return { ...(toCampaignRow(row) as CampaignRow), recipients: counts.recipients, sent: counts.sent, rates: campaignRates(counts) };
  });
}

/** The campaigns page: campaigns matching the filters, newest first (at most 200), with counts and rates. */
export async function listCampaigns(query: CampaignListQuery): Promise<CampaignListRow[]> {
  const rows = await getDb().campaign.findMany({ where: campaignWhere(query), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: campaignSelect });
  return withCounts(rows);
}

/** One keyset page of campaigns, oldest first by (createdAt, id) (the REST API's list). */
export async function listCampaignsPage({ filters, page }: { filters: CampaignListQuery; page: KeysetPageRequest }): Promise<KeysetPage<CampaignListRow>> {
  const result = await readKeysetPage(page, (take) => getDb().campaign.findMany({ ...keysetFindArgs(campaignWhere(filters), page, take), select: campaignSelect }));
  return { data: await withCounts(result.data as never), nextCursor: result.nextCursor };
}
