import { zonedDay } from "@/lib/dates";
import { toMajorUnits } from "@/lib/money";
import type { NewDealInput } from "@/lib/validation/deal";
import type { DealDetail } from "@/server/services/deals/get-deal";

/** The deal form's values for an existing deal (value in major units, expected close as a day in `timeZone`). */
export function dealFormDefaults(deal: DealDetail, timeZone: string): NewDealInput {
  return {
    title: deal.title,
    value: toMajorUnits(deal.value),
    currency: deal.currency,
    probability: deal.probabilityOverridden ? deal.probability : null,
    expectedCloseDay: deal.expectedCloseAt ? zonedDay(deal.expectedCloseAt, timeZone) : null,
    pipelineId: deal.pipeline.id,
    stageId: deal.stage.id,
    companyId: deal.companyId,
    contactId: deal.contactId,
    leadId: deal.leadId,
    ownerId: deal.ownerId,
    tags: deal.tags.map((t) => t.name),
  };
}
