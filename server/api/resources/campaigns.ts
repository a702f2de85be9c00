import { z } from "zod";
import { AUDIENCE_KINDS, CAMPAIGN_STATUSES } from "@/lib/enums";
import { campaignInputSchema, campaignListQuerySchema, campaignSendSchema, type CampaignInput } from "@/lib/validation/campaign";
import { ALL_TEMPLATE_VARIANT_LABELS } from "@/lib/validation/template";
import { assertRecordId } from "@/server/services/parse";
import { cancelCampaign, pauseCampaign, resumeCampaign } from "@/server/services/campaigns/change-campaign-state";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { deleteCampaign } from "@/server/services/campaigns/delete-campaign";
import { getCampaign, type CampaignDetail } from "@/server/services/campaigns/get-campaign";
import { getCampaignStats } from "@/server/services/campaigns/get-campaign-stats";
import { listCampaignsPage, type CampaignListRow } from "@/server/services/campaigns/list-campaigns";
import { previewCampaignAudience } from "@/server/services/campaigns/preview-campaign-audience";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";
import { defineOperation } from "../api-operation";
import { createOperation, deleteOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { id, instant, optionalInstant, optionalRefId, userRef } from "../schemas/common-schemas";

const rate = z.number().nullable().meta({ description: "A fraction 0–1; null when its denominator is 0" });
const ratesSchema = z
  .strictObject({ delivery: rate, open: rate, click: rate, bounce: rate, complaint: rate, unsubscribe: rate })
  .meta({ id: "CampaignRates", description: "delivery and bounce over sent; open, click, complaint and unsubscribe over delivered" });
const split = z.array(z.strictObject({ label: z.enum(ALL_TEMPLATE_VARIANT_LABELS), percent: z.number().int() })).meta({ description: "The A/B split; percentages add up to 100" });

const campaignFields = {
  id,
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  templateId: optionalRefId,
  split,
  segmentId: optionalRefId,
  scheduledAt: optionalInstant.meta({ description: "When a scheduled campaign sends (UTC)" }),
  timeZone: z.string().meta({ description: "The time zone the schedule was chosen in" }),
  jobId: optionalRefId.meta({ description: "Its CAMPAIGN_SEND job (see /jobs)" }),
  startedAt: optionalInstant,
  finishedAt: optionalInstant,
  createdById: optionalRefId,
  createdAt: instant,
  updatedAt: instant,
  template: z.strictObject({ id, name: z.string() }).nullable(),
  segment: z.strictObject({ id, name: z.string(), kind: z.enum(AUDIENCE_KINDS) }).nullable(),
  createdBy: userRef.nullable(),
};

/** A campaign as lists answer it: with its recipients, sends and rates. */
const campaignRowSchema = z.strictObject({ ...campaignFields, recipients: z.number().int(), sent: z.number().int(), rates: ratesSchema }).meta({ id: "CampaignRow" });

/** A campaign with its sending job's progress. */
const campaignSchema = z
  .strictObject({
    ...campaignFields,
    job: z
      .strictObject({
        id,
        status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]),
        processed: z.number().int(),
        total: z.number().int().nullable(),
        lastError: z.string().nullable(),
        cancelRequested: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "Campaign" });

const countsSchema = z
  .strictObject(Object.fromEntries(["recipients", "suppressed", "failed", "queued", "sent", "delivered", "opened", "clicked", "bounced", "complained", "unsubscribed"].map((k) => [k, z.number().int()])))
  .meta({ id: "CampaignCounts" });

const statsSchema = z
  .strictObject({
    counts: countsSchema,
    rates: ratesSchema,
    variants: z.array(z.strictObject({ label: z.string(), counts: countsSchema, rates: ratesSchema })),
    verdict: z
      .strictObject({
        metric: z.enum(["click", "open"]),
        leader: z.string().nullable().meta({ description: "Named only when the difference is significant; null: no significant difference yet" }),
        compared: z.tuple([z.string(), z.string()]),
        test: z.strictObject({ z: z.number(), pValue: z.number(), significant: z.boolean() }),
      })
      .nullable()
      .meta({ description: "Pooled two-sided two-proportion z-test at α = 0.05 of the best two variants (null with one variant)" }),
  })
  .meta({ id: "CampaignStats" });

const previewSchema = z
  .strictObject({
    matched: z.number().int(),
    recipients: z.number().int(),
    first: z.array(z.strictObject({ address: z.string(), leadId: optionalRefId, contactId: optionalRefId, name: z.string() })),
    leftOut: z.strictObject({ suppressed: z.number().int(), unsubscribed: z.number().int(), noEmail: z.number().int(), invalid: z.number().int(), duplicate: z.number().int() }),
  })
  .meta({ id: "AudiencePreview" });

const campaigns: ApiResource<CampaignListRow, CampaignDetail, typeof campaignListQuerySchema> = {
  path: "campaigns",
  name: "Campaign",
  tag: "Campaigns",
  rowSchema: campaignRowSchema,
  detailSchema: campaignSchema,
  list: { filters: campaignListQuerySchema, updatedSince: true, run: (_actor, query) => listCampaignsPage(query) },
  get: (_actor, campaignId) => getCampaign(campaignId),
};

const pathId = z.object({ id: z.string().meta({ description: "The campaign's id" }) });

/** The campaign form's values of a stored campaign (for PATCH). */
function campaignFormValues(campaign: CampaignDetail): CampaignInput {
  return { name: campaign.name, templateId: campaign.templateId ?? "", segmentId: campaign.segmentId ?? "", split: campaign.split as CampaignInput["split"] };
}

/** /api/v1/campaigns: email campaigns — drafts, audience preview, send or schedule, pause, resume, cancel, stats. */
export const campaignOperations = {
  list: listOperation(campaigns),
  create: createOperation(campaigns, {
    schema: campaignInputSchema,
    description: "A draft: `name`, `templateId` (an email template), `segmentId`, and `split` (default `[{\"label\":\"A\",\"percent\":100}]`; variants A–D of the template, percentages adding up to 100).",
    run: (actor, input) => createCampaign(actor, input),
  }),
  get: getOperation(campaigns),
  update: updateOperation(campaigns, { schema: campaignInputSchema, description: "A draft only (409 once scheduled or sent); its creator, a manager or an admin.", current: campaignFormValues, run: (actor, campaignId, input) => updateCampaign(actor, campaignId, input) }),
  remove: deleteOperation(campaigns, { description: "A draft only (409 otherwise: cancel it).", run: deleteCampaign }),
  audiencePreview: defineOperation<undefined, undefined>({
    method: "post",
    path: "/campaigns/{id}/audience-preview",
    operationId: "previewCampaignAudience",
    summary: "Preview a campaign's audience",
    description: "Who would get the campaign now: the count, the first 10 recipients, and how many are left out as suppressed, unsubscribed, without an email, with an invalid address or repeating an address. Stores nothing.",
    tag: "Campaigns",
    scope: "read",
    pathParams: pathId,
    responses: { 200: { description: "The audience", schema: previewSchema } },
    problems: [404],
    handle: async ({ params }) => ({ status: 200, body: await previewCampaignAudience(params.id) }),
  }),
  send: itemActionOperation(campaigns, {
    name: "send",
    operationId: "sendCampaign",
    summary: "Send or schedule a campaign",
    description: "`{}` sends now; `{\"sendAt\": \"2026-03-10T09:30\"}` schedules it at that wall-clock time in the key owner's time zone. An empty audience, or one where nobody can be emailed, is a 422.",
    body: campaignSendSchema,
    problems: [409, 422],
    run: (actor, campaignId, input, now) => sendCampaign(actor, campaignId, input ?? {}, now),
  }),
  pause: itemActionOperation(campaigns, { name: "pause", operationId: "pauseCampaign", summary: "Pause a campaign", description: "It stops between batches; resume continues at the next unsent batch.", problems: [409], run: (actor, campaignId, _input, now) => pauseCampaign(actor, campaignId, now) }),
  resume: itemActionOperation(campaigns, { name: "resume", operationId: "resumeCampaign", summary: "Resume a paused campaign", problems: [409], run: (actor, campaignId, _input, now) => resumeCampaign(actor, campaignId, now) }),
  cancel: itemActionOperation(campaigns, { name: "cancel", operationId: "cancelCampaign", summary: "Cancel a campaign", description: "For good: recipients not sent yet are never sent.", problems: [409], run: (actor, campaignId, _input, now) => cancelCampaign(actor, campaignId, now) }),
  stats: defineOperation<undefined, undefined>({
    method: "get",
    path: "/campaigns/{id}/stats",
    operationId: "getCampaignStats",
    summary: "A campaign's stats",
    description: "Counts and rates of delivery, open, click, bounce, complaint and unsubscribe, per A/B variant, with the verdict of a pooled two-sided two-proportion z-test (α = 0.05).",
    tag: "Campaigns",
    scope: "read",
    pathParams: pathId,
    responses: { 200: { description: "The stats", schema: statsSchema } },
    problems: [404],
    handle: async ({ params }) => {
      assertRecordId(params.id, "Campaign");
      await getCampaign(params.id);
      return { status: 200, body: await getCampaignStats(params.id) };
    },
  }),
};
