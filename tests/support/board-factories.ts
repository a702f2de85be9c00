import { dealSearchText } from "@/lib/deals/deal-search-text";
import { weightedValue } from "@/lib/deals/weighted-value";
import type { StageKind } from "@/lib/enums";
import { getDb } from "@/server/db";

export type TestPipeline = { id: string; stages: Record<string, string> };

const STAGES: Array<{ name: string; kind: StageKind; probability: number; rottingDays: number | null; color: string }> = [
  { name: "Lead in", kind: "OPEN", probability: 10, rottingDays: 7, color: "#0ea5e9" },
  { name: "Proposal", kind: "OPEN", probability: 50, rottingDays: null, color: "#f59e0b" },
  { name: "Won", kind: "WON", probability: 100, rottingDays: null, color: "#16a34a" },
  { name: "Lost", kind: "LOST", probability: 0, rottingDays: null, color: "#dc2626" },
];

/** A deal pipeline (Lead in, Proposal, Won, Lost) with a unique name; stage ids by name. */
export async function createDealPipeline(): Promise<TestPipeline> {
  const pipeline = await getDb().pipeline.create({
    data: { name: `Pipeline ${Math.random().toString(36).slice(2, 10)}`, kind: "DEAL", stages: { create: STAGES.map((s, position) => ({ ...s, position })) } },
    select: { id: true, stages: { select: { id: true, name: true } } },
  });
  return { id: pipeline.id, stages: Object.fromEntries(pipeline.stages.map((s) => [s.name, s.id])) };
}

/** Inserts a deal in `stage` of `pipeline` (value in minor units; weighted value from the stage probability unless given). */
export async function createTestDeal(
  pipeline: TestPipeline,
  stage: string,
  data: { title?: string; ownerId?: string | null; value?: number; currency?: string; position?: string; probability?: number; probabilityOverridden?: boolean; stageChangedAt?: Date; tags?: string[]; companyName?: string } = {},
): Promise<string> {
  const db = getDb();
  const stageRow = await db.stage.findUniqueOrThrow({ where: { id: pipeline.stages[stage] }, select: { probability: true } });
  const probability = data.probability ?? stageRow.probability;
  const value = data.value ?? 100_000;
  const title = data.title ?? `Deal ${Math.random().toString(36).slice(2, 8)}`;
  const company = data.companyName ? await db.company.create({ data: { name: data.companyName }, select: { id: true } }) : null;
  const deal = await db.deal.create({
    data: {
      title,
      value,
      currency: data.currency ?? "EUR",
      probability,
      probabilityOverridden: data.probabilityOverridden ?? false,
      weightedValue: weightedValue(value, probability),
      pipelineId: pipeline.id,
      stageId: pipeline.stages[stage],
      position: data.position,
      stageChangedAt: data.stageChangedAt,
      ownerId: data.ownerId ?? null,
      companyId: company?.id,
      searchText: dealSearchText({ title, companyName: data.companyName }),
      tags: data.tags ? { connectOrCreate: data.tags.map((name) => ({ where: { name }, create: { name } })) } : undefined,
    },
    select: { id: true },
  });
  return deal.id;
}

/** The deal ids of a stage in board order (position, then id). */
export async function columnOrder(stageId: string): Promise<string[]> {
  const deals = await getDb().deal.findMany({ where: { stageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  return deals.map((d) => d.id);
}
