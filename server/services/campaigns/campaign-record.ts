import type { AudienceKind, CampaignStatus } from "@/lib/enums";
import type { SplitShare } from "@/lib/campaigns/assign-variants";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/** The columns every campaign view reads. */
export const campaignSelect = {
  id: true,
  name: true,
  status: true,
  templateId: true,
  split: true,
  segmentId: true,
  scheduledAt: true,
  timeZone: true,
  jobId: true,
  startedAt: true,
  finishedAt: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  template: { select: { id: true, name: true } },
  segment: { select: { id: true, name: true, kind: true } },
  createdBy: { select: { id: true, name: true } },
} as const;

/** A campaign as lists and pages show it (dates UTC). */
export type CampaignRow = {
  id: string;
  name: string;
  status: CampaignStatus;
  templateId: string | null;
  split: SplitShare[];
  segmentId: string | null;
  scheduledAt: Date | null;
  timeZone: string;
  jobId: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  template: { id: string; name: string } | null;
  segment: { id: string; name: string; kind: AudienceKind } | null;
  createdBy: { id: string; name: string } | null;
};

/** A stored row as a CampaignRow (the split JSON typed). */
export function toCampaignRow<R extends { split: unknown }>(row: R): Omit<R, "split"> & { split: SplitShare[] } {
  return { ...row, split: Array.isArray(row.split) ? (row.split as SplitShare[]) : [] };
}

/** The statuses in which a campaign's content (name, template, split, segment) may change. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ["DRAFT"];

/**
 * Reads a campaign that `actor` means to change (its creator, a manager or an admin), inside `tx`.
 * @throws NotFoundError for an unknown or malformed id, ForbiddenError for another's campaign (SALES).
 */
export async function findCampaignToChange(tx: Tx | ReturnType<typeof getDb>, actor: Actor, campaignId: string) {
  assertRecordId(campaignId, "Campaign");
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: campaignSelect });
  if (!campaign) throw new NotFoundError("Campaign");
  assertCanEdit(actor, { ownerId: campaign.createdById }, "campaign");
  return toCampaignRow(campaign) as CampaignRow;
}
