import { DEFAULT_LEAD_STAGES, LEAD_PIPELINE_NAME } from "@/lib/leads/default-pipeline";
import { getDb } from "@/server/db";

/**
 * Creates the default lead pipeline (New … Won, Lost) when no lead pipeline exists.
 * Idempotent; called on first run and by tests.
 * @returns the id of the default lead pipeline.
 */
export async function ensureLeadPipeline(): Promise<string> {
  const db = getDb();
  const existing = await db.pipeline.findFirst({ where: { kind: "LEAD", isDefault: true }, select: { id: true } });
  if (existing) return existing.id;
  const pipeline = await db.pipeline.create({
    data: {
      name: LEAD_PIPELINE_NAME,
      kind: "LEAD",
      isDefault: true,
      stages: { create: DEFAULT_LEAD_STAGES.map((stage, position) => ({ ...stage, position })) },
    },
    select: { id: true },
  });
  return pipeline.id;
}
