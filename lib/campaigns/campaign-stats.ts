import { twoProportionZTest, type TwoProportionTest } from "./two-proportion-z-test";

/** Counts of one campaign (or one variant of it), from its recipients' milestone instants. */
export type CampaignCounts = {
  /** Recipients (every EmailMessage of the campaign or variant). */
  recipients: number;
  /** Left out before sending: suppressed, or an invalid address. */
  suppressed: number;
  failed: number;
  /** Still waiting to be sent. */
  queued: number;
  sent: number;
  delivered: number;
  opened: number;
  clicked: number;
  bounced: number;
  complained: number;
  unsubscribed: number;
};

/** Rates as fractions 0–1, null when the denominator is 0. */
export type CampaignRates = {
  /** delivered / sent */
  delivery: number | null;
  /** opened / delivered */
  open: number | null;
  /** clicked / delivered */
  click: number | null;
  /** bounced / sent */
  bounce: number | null;
  /** complained / delivered */
  complaint: number | null;
  /** unsubscribed / delivered */
  unsubscribe: number | null;
};

export type VariantStats = { label: string; counts: CampaignCounts; rates: CampaignRates };

/** Which rate decides an A/B test, and what the test said. */
export type AbVerdict = {
  metric: "click" | "open";
  /** The variant with the highest rate, named only when the test is significant. */
  leader: string | null;
  /** The two variants compared (the best two by the metric). */
  compared: [string, string];
  test: TwoProportionTest;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The rates of a campaign's counts. Engagement (open, click, complaint, unsubscribe) is over the
 * emails delivered, as email providers report it; delivery and bounce are over the emails sent.
 */
export function campaignRates(counts: CampaignCounts): CampaignRates {
  return {
    delivery: ratio(counts.delivered, counts.sent),
    open: ratio(counts.opened, counts.delivered),
    click: ratio(counts.clicked, counts.delivered),
    bounce: ratio(counts.bounced, counts.sent),
    complaint: ratio(counts.complained, counts.delivered),
    unsubscribe: ratio(counts.unsubscribed, counts.delivered),
  };
}

/**
 * The A/B verdict of two or more variants: the metric is the click rate once any variant has a
 * click, else the open rate; the best two variants by it are compared with the pooled two-sided
 * two-proportion z-test at α = 0.05 (twoProportionZTest, NIST e-Handbook §7.3.3), and the better
 * one is named leader only when the difference is significant — otherwise "no significant
 * difference yet" (leader null).
 * @returns null with fewer than two variants.
 */
export function abVerdict(variants: readonly VariantStats[], alpha = 0.05): AbVerdict | null {
  if (variants.length < 2) return null;
  const metric = variants.some((v) => v.counts.clicked > 0) ? "click" : "open";
  const successes = (v: VariantStats) => (metric === "click" ? v.counts.clicked : v.counts.opened);
  const ranked = [...variants].sort((a, b) => (b.rates[metric] ?? -1) - (a.rates[metric] ?? -1) || a.label.localeCompare(b.label));
  const [best, second] = ranked;
  const test = twoProportionZTest({ successes1: successes(best), trials1: best.counts.delivered, successes2: successes(second), trials2: second.counts.delivered, alpha });
  return { metric, leader: test.significant ? best.label : null, compared: [best.label, second.label], test };
}
