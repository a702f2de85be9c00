import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { findAudienceMembers } from "@/server/services/segments/find-audience-members";
import { sortAudience, type AudienceRecipient, type LeftOutReason } from "@/server/services/segments/sort-audience";

/** What a segment's audience would be sent now. */
export type AudiencePreview = {
  /** Leads or contacts the segment matches. */
  matched: number;
  /** Addresses that would get an email (each once). */
  recipients: number;
  /** The first recipients, in send order. */
  first: AudienceRecipient[];
  /** How many are left out, by reason. */
  leftOut: Record<LeftOutReason, number>;
};

/** How many recipients the preview lists. */
export const PREVIEW_RECIPIENTS = 10;

/**
 * The audience of a segment as a campaign would send to it now (findAudienceMembers, sortAudience):
 * the count, the first recipients and how many are left out as suppressed, unsubscribed, without an
 * email, with an invalid address or repeating an address.
 * @param viewer - the sender (whose "me" and "today" the filters use).
 * @param now - the clock.
 * @throws NotFoundError for an unknown or malformed segment id.
 */
export async function previewSegmentAudience(segmentId: string, viewer: { id: string; timeZone: string }, now: Date = new Date()): Promise<AudiencePreview> {
  assertRecordId(segmentId, "Segment");
  const segment = await getDb().segment.findUnique({ where: { id: segmentId }, select: { kind: true, filters: true } });
  if (!segment) throw new NotFoundError("Segment");
  const members = await findAudienceMembers({ kind: segment.kind, filters: segment.filters, viewer, now });
  const { recipients, counts } = await sortAudience(members);
  return { matched: members.length, recipients: recipients.length, first: recipients.slice(0, PREVIEW_RECIPIENTS), leftOut: counts };
}

/**
 * previewSegmentAudience for a campaign's segment, as the campaign's creator would send it.
 * @throws NotFoundError for an unknown campaign, or one whose segment was deleted.
 */
export async function previewCampaignAudience(campaignId: string, now: Date = new Date()): Promise<AudiencePreview> {
  assertRecordId(campaignId, "Campaign");
  const campaign = await getDb().campaign.findUnique({ where: { id: campaignId }, select: { segmentId: true, createdBy: { select: { id: true, timeZone: true } } } });
  if (!campaign) throw new NotFoundError("Campaign");
  if (!campaign.segmentId) throw new NotFoundError("Segment");
  return previewSegmentAudience(campaign.segmentId, campaign.createdBy ?? { id: "", timeZone: "UTC" }, now);
}
