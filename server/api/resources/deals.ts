import { z } from "zod";
import { dealFormDefaults } from "@/components/deals/deal-form-defaults";
import { recordIdSchema } from "@/lib/validation/common";
import { dealInputSchema, dealListQuerySchema, newDealSchema } from "@/lib/validation/deal";
import { createDeal } from "@/server/services/deals/create-deal";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { getDeal, type DealDetail } from "@/server/services/deals/get-deal";
import type { DealRow } from "@/server/services/deals/list-deals";
import { listDealsPage } from "@/server/services/deals/list-deals-page";
import { moveDeal } from "@/server/services/deals/move-deal";
import { updateDeal } from "@/server/services/deals/update-deal";
import { createOperation, deleteOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { dealRowSchema, dealSchema } from "../schemas/deal-schemas";

const dealFilters = dealListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true, hide: true });

/** A stage change from the deal page: the new stage and, into a won or lost stage, why. */
const dealStageSchema = z.object({
  stageId: recordIdSchema.meta({ description: "A stage of the deal's pipeline" }),
  reason: z.string().nullish().meta({ description: "Required for a WON or LOST stage, at most 500 characters" }),
});

const deals: ApiResource<DealRow, DealDetail, typeof dealFilters> = {
  path: "deals",
  name: "Deal",
  tag: "Deals",
  rowSchema: dealRowSchema,
  detailSchema: dealSchema,
  list: { filters: dealFilters, updatedSince: true, run: (actor, query) => listDealsPage(actor, query) },
  get: (_actor, id) => getDeal(id),
};

/** /api/v1/deals: the deals list's filters; the deal form; stage changes as on the deal page; delete. */
export const dealOperations = {
  list: listOperation(deals),
  create: createOperation(deals, {
    schema: newDealSchema,
    description: "The deal form's fields. `value` in major units; `expectedCloseDay` a day in the key owner's time zone; without `stageId` the pipeline's first open stage (default pipeline without `pipelineId`).",
    run: (actor, input, now) => createDeal(actor, input, now),
  }),
  get: getOperation(deals),
  update: updateOperation(deals, {
    schema: dealInputSchema,
    description: "The stage changes with POST /deals/{id}/stage.",
    current: (deal, actor) => dealFormDefaults(deal, actor.timeZone),
    run: (actor, id, input) => updateDeal(actor, id, input),
  }),
  remove: deleteOperation(deals, { run: deleteDeal }),
  stage: itemActionOperation(deals, {
    name: "stage",
    operationId: "moveDealToStage",
    summary: "Move a deal to another stage",
    description: "As on the deal page: to the top of the stage; WON and LOST need a `reason`, an open stage reopens the deal. Recorded on the timeline.",
    body: dealStageSchema,
    problems: [400, 409, 413, 415, 422],
    run: (actor, id, input, now) => moveDeal(actor, { dealId: id, stageId: input?.stageId ?? "", reason: input?.reason ?? null }, now),
  }),
};
