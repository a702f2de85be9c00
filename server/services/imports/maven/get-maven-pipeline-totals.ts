import { MAVEN_CURRENCY, MAVEN_PIPELINE_NAME } from "@/lib/import/maven/maven-pipeline";
import { getDb } from "@/server/db";

/** The Maven pipeline's stages in order with their deal count and value (minor units of USD). */
export type MavenPipelineTotals = {
  pipelineId: string | null;
  stages: Array<{ name: string; kind: string; deals: number; valueMinor: number }>;
  /** Sum of the values of the deals in its won stages, in minor units (cents). */
  wonTotalMinor: number;
  currency: string;
};

/**
 * Deal counts and values per stage of the Maven pipeline, as they are now (every deal in it,
 * imported or not). Sums are added up here from per-stage sums, converted with Number(): a
 * PostgreSQL SUM of integers is a bigint, and a pipeline's total may exceed 32 bits.
 */
export async function getMavenPipelineTotals(): Promise<MavenPipelineTotals> {
  const db = getDb();
  const pipeline = await db.pipeline.findUnique({
    where: { name: MAVEN_PIPELINE_NAME },
    select: { id: true, stages: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } } },
  });
  if (!pipeline) return { pipelineId: null, stages: [], wonTotalMinor: 0, currency: MAVEN_CURRENCY };
  const sums = await db.deal.groupBy({ by: ["stageId"], where: { pipelineId: pipeline.id }, _count: { _all: true }, _sum: { value: true } });
  const byStage = new Map(sums.map((row) => [row.stageId, row]));
  const stages = pipeline.stages.map((stage) => ({
    name: stage.name,
    kind: stage.kind,
    deals: byStage.get(stage.id)?._count._all ?? 0,
    valueMinor: Number(byStage.get(stage.id)?._sum.value ?? 0),
  }));
  const wonTotalMinor = stages.filter((stage) => stage.kind === "WON").reduce((sum, stage) => sum + stage.valueMinor, 0);
  return { pipelineId: pipeline.id, stages, wonTotalMinor, currency: MAVEN_CURRENCY };
}
