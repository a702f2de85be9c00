"use server";

import { revalidatePath } from "next/cache";
import type { CampaignInput, CampaignSendInput } from "@/lib/validation/campaign";
import type { SegmentInput } from "@/lib/validation/segment";
import { runAction } from "@/server/action";
import { cancelCampaign, pauseCampaign, resumeCampaign } from "@/server/services/campaigns/change-campaign-state";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { deleteCampaign } from "@/server/services/campaigns/delete-campaign";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { testSendCampaign } from "@/server/services/campaigns/test-send-campaign";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";
import { createSegment } from "@/server/services/segments/create-segment";
import { deleteSegment } from "@/server/services/segments/delete-segment";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");
const refresh = (campaignId?: string) => {
  revalidatePath("/campaigns");
  if (campaignId) revalidatePath(`/campaigns/${campaignId}`);
};

export async function createCampaignAction(input: CampaignInput) {
  return runAction(async (user) => {
    const campaign = await createCampaign(user, input);
    refresh();
    return campaign;
  });
}

export async function updateCampaignAction(campaignId: string, input: CampaignInput) {
  return runAction(async (user) => {
    const campaign = await updateCampaign(user, idOf(campaignId), input);
    refresh(campaign.id);
    return campaign;
  });
}

export async function deleteCampaignAction(campaignId: string) {
  return runAction(async (user) => {
    await deleteCampaign(user, idOf(campaignId));
    refresh();
    return { deleted: 1 };
  });
}

/** Send now (`sendAt` empty) or schedule at a wall-clock time in the user's time zone. */
export async function sendCampaignAction(campaignId: string, input: CampaignSendInput) {
  return runAction(async (user) => {
    const result = await sendCampaign(user, idOf(campaignId), input);
    refresh(result.id);
    return result;
  });
}

export async function testSendCampaignAction(campaignId: string, variant: string) {
  return runAction((user) => testSendCampaign(user, idOf(campaignId), { variant }));
}

/** Pause, resume or cancel. */
export async function changeCampaignStateAction(campaignId: string, change: "pause" | "resume" | "cancel") {
  return runAction(async (user) => {
    const id = idOf(campaignId);
    if (change === "pause") await pauseCampaign(user, id);
    else if (change === "resume") await resumeCampaign(user, id);
    else if (change === "cancel") await cancelCampaign(user, id);
    refresh(id);
    return { id };
  });
}

/** "Save as segment" on the leads and contacts lists. */
export async function createSegmentAction(input: SegmentInput) {
  return runAction(async (user) => {
    const segment = await createSegment(user, input);
    revalidatePath("/campaigns/segments");
    return segment;
  });
}

export async function deleteSegmentAction(segmentId: string) {
  return runAction(async (user) => {
    await deleteSegment(user, idOf(segmentId));
    revalidatePath("/campaigns/segments");
    return { deleted: 1 };
  });
}
