import { DEAL_PIPELINE_NAME, DEFAULT_DEAL_STAGES } from "@/lib/deals/default-pipeline";
import { getDb } from "@/server/db";
import { isUniqueViolation } from "@/server/services/unique-violation";

/**
 * The id of the default deal pipeline; when no deal pipeline exists, creates "Sales" (Qualified
 * 10 %, Meeting 25 %, Proposal 50 %, Negotiation 75 %, Won, Lost — DEFAULT_DEAL_STAGES).
 * Idempotent and safe to call concurrently (a second creator reads the first one's pipeline).
 * Called on first run and lazily by the deal pages.
 */
export async function ensureDealPipeline(): Promise<string> {
  const existing = await findDefaultDealPipeline();
  if (existing) return existing;
  try {
    const pipeline = await getDb().pipeline.create({
      data: {
        name: DEAL_PIPELINE_NAME,
        kind: "DEAL",
        isDefault: true,
        stages: { create: DEFAULT_DEAL_STAGES.map((stage, position) => ({ ...stage, position })) },
      },
      select: { id: true },
    });
    return pipeline.id;
  } catch (error) {
    const created = isUniqueViolation(error) ? await findDefaultDealPipeline() : null;
    if (created) return created;
    throw error;
  }
}

/** The default deal pipeline, else the first deal pipeline in the editor's order. */
async function findDefaultDealPipeline(): Promise<string | null> {
  const pipeline = await getDb().pipeline.findFirst({
    where: { kind: "DEAL" },
    orderBy: [{ isDefault: "desc" }, { position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return pipeline?.id ?? null;
}
