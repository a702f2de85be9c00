import { abVerdict, campaignRates, type AbVerdict, type CampaignCounts, type CampaignRates, type VariantStats } from "@/lib/campaigns/campaign-stats";
import { getDb } from "@/server/db";

/** A campaign's stats: totals, per A/B variant, and the A/B verdict (null with one variant). */
export type CampaignStats = { counts: CampaignCounts; rates: CampaignRates; variants: VariantStats[]; verdict: AbVerdict | null };

const emptyCounts = (): CampaignCounts => ({ recipients: 0, suppressed: 0, failed: 0, queued: 0, sent: 0, delivered: 0, opened: 0, clicked: 0, bounced: 0, complained: 0, unsubscribed: 0 });

/**
 * Counts a campaign's recipients (EmailMessage rows): by status for queued, suppressed and failed,
 * and by milestone instant for sent, delivered, opened, clicked, bounced, complained and
 * unsubscribed (an instant is set once, by the first event that reaches it, so a recipient counts
 * once per milestone whatever order the webhooks came in). Rates and the A/B verdict: campaignRates
 * and abVerdict (pooled two-proportion z-test, α = 0.05).
 * @param campaignId - an existing campaign's id (an unknown one has empty stats).
 */
export async function getCampaignStats(campaignId: string): Promise<CampaignStats> {
  const db = getDb();
  const [milestones, statuses] = await Promise.all([
    db.emailMessage.groupBy({
      by: ["variantLabel"],
      where: { campaignId },
      _count: { _all: true, sentAt: true, deliveredAt: true, openedAt: true, clickedAt: true, bouncedAt: true, complainedAt: true, unsubscribedAt: true },
    }),
    db.emailMessage.groupBy({ by: ["variantLabel", "status"], where: { campaignId, status: { in: ["QUEUED", "SUPPRESSED", "FAILED"] } }, _count: { _all: true } }),
  ]);
  const byLabel = new Map<string, CampaignCounts>();
  const countsOf = (label: string | null) => {
    // Recipients left out before sending have no variant: they count in the totals only.
    const key = label ?? "";
    if (!byLabel.has(key)) byLabel.set(key, emptyCounts());
    return byLabel.get(key)!;
  };
  for (const row of milestones) {
    const c = countsOf(row.variantLabel);
    c.recipients += row._count._all;
    c.sent += row._count.sentAt;
    c.delivered += row._count.deliveredAt;
    c.opened += row._count.openedAt;
    c.clicked += row._count.clickedAt;
    c.bounced += row._count.bouncedAt;
    c.complained += row._count.complainedAt;
    c.unsubscribed += row._count.unsubscribedAt;
  }
  for (const row of statuses) {
    const c = countsOf(row.variantLabel);
    if (row.status === "QUEUED") c.queued += row._count._all;
    else if (row.status === "SUPPRESSED") c.suppressed += row._count._all;
    else c.failed += row._count._all;
  }
  const total = emptyCounts();
  for (const c of byLabel.values()) for (const key of Object.keys(total) as Array<keyof CampaignCounts>) total[key] += c[key];
  const variants = [...byLabel.entries()].filter(([label]) => label !== "").sort(([a], [b]) => a.localeCompare(b)).map(([label, counts]) => ({ label, counts, rates: campaignRates(counts) }));
  return { counts: total, rates: campaignRates(total), variants, verdict: abVerdict(variants) };
}
