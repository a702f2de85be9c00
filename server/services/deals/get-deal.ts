import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { assertRecordId } from "@/server/services/parse";
import { dealRowSelect } from "./list-deals";

/** What the list shows of a deal plus its links and its pipeline's stages (the page loads the timeline with listTimeline). */
const dealDetailSelect = {
  ...dealRowSelect,
  companyId: true,
  contactId: true,
  leadId: true,
  externalId: true,
  lead: { select: { id: true, name: true } },
  pipeline: {
    select: {
      id: true,
      name: true,
      stages: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, kind: true, color: true, probability: true } },
    },
  },
  stage: { select: { id: true, name: true, color: true, kind: true, probability: true } },
} satisfies Prisma.DealSelect;

export type DealDetail = Prisma.DealGetPayload<{ select: typeof dealDetailSelect }>;

/**
 * A deal with everything its page shows but the timeline.
 * @throws NotFoundError for an unknown id.
 */
export async function getDeal(dealId: string): Promise<DealDetail> {
  assertRecordId(dealId, "Deal");
  const deal = await getDb().deal.findUnique({ where: { id: dealId }, select: dealDetailSelect });
  if (!deal) throw new NotFoundError("Deal");
  return deal;
}
