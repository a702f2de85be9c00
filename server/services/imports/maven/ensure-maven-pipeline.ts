import { MAVEN_PIPELINE_NAME, MAVEN_STAGES, type MavenStageName } from "@/lib/import/maven/maven-pipeline";
import type { Tx } from "@/server/db";
import { ConflictError } from "@/server/errors";

/** The Maven pipeline's stages by dataset stage name: id and default win probability (percent). */
export type MavenStages = Record<MavenStageName, { id: string; probability: number }>;

/**
 * The deal pipeline "Maven" with its stages Prospecting, Engaging (open), Won and Lost, created
 * when missing (after the other deal pipelines); stages missing from an existing Maven pipeline
 * are added at its end. Stages found keep their edited probabilities.
 * @throws ConflictError when "Maven" is a lead pipeline or one of its stages has another kind
 *   (e.g. "Won" made an open stage), since the opportunities could not be placed faithfully.
 */
export async function ensureMavenPipeline(tx: Tx): Promise<{ pipelineId: string; stages: MavenStages }> {
  let pipeline = await tx.pipeline.findUnique({
    where: { name: MAVEN_PIPELINE_NAME },
    select: { id: true, kind: true, stages: { select: { id: true, name: true, kind: true, probability: true, position: true } } },
  });
  if (!pipeline) {
    const last = await tx.pipeline.findFirst({ where: { kind: "DEAL" }, orderBy: { position: "desc" }, select: { position: true } });
    pipeline = await tx.pipeline.create({
      data: { name: MAVEN_PIPELINE_NAME, kind: "DEAL", position: (last?.position ?? -1) + 1 },
      select: { id: true, kind: true, stages: { select: { id: true, name: true, kind: true, probability: true, position: true } } },
    });
  }
  if (pipeline.kind !== "DEAL") throw new ConflictError(`"${MAVEN_PIPELINE_NAME}" is a lead pipeline; rename it to import the Maven deals`);
  const stages = {} as MavenStages;
  let position = Math.max(-1, ...pipeline.stages.map((stage) => stage.position));
  for (const wanted of MAVEN_STAGES) {
    let stage = pipeline.stages.find((s) => s.name.toLowerCase() === wanted.name.toLowerCase());
    if (stage && stage.kind !== wanted.kind) {
      throw new ConflictError(`The stage "${stage.name}" of the ${MAVEN_PIPELINE_NAME} pipeline must be a ${wanted.kind.toLowerCase()} stage`);
    }
    stage ??= await tx.stage.create({
      data: { pipelineId: pipeline.id, name: wanted.name, kind: wanted.kind, probability: wanted.probability, color: wanted.color, position: ++position },
      select: { id: true, name: true, kind: true, probability: true, position: true },
    });
    stages[wanted.name] = { id: stage.id, probability: stage.probability };
  }
  return { pipelineId: pipeline.id, stages };
}
