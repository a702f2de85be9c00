import type { Board } from "@/lib/board/types";
import { BOARD_PAGE_SIZE, type BoardQuery } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import type { BoardViewer } from "./board-source";
import { boardPipeline } from "./board-pipeline";

/**
 * A board as its page shows it: per stage of the pipeline, the count and the value sums (per
 * currency) of every card matching the filters, and the first BOARD_PAGE_SIZE cards in column
 * order; plus the tag names the tag filter offers.
 * @param ref - "leads" or a pipeline id (see boardPipeline).
 * @param now - for day counts, rotting flags and overdue dates.
 * @throws NotFoundError for an unknown pipeline.
 */
export async function getBoard(viewer: BoardViewer, ref: string, query: BoardQuery, now = new Date()): Promise<Board> {
  const pipeline = await boardPipeline(ref);
  const source = pipeline.source(query, viewer, now);
  const tagWhere = pipeline.kind === "deal" ? { deals: { some: { pipelineId: pipeline.id } } } : { leads: { some: { convertedAt: null } } };
  const [sums, pages, tags] = await Promise.all([
    source.sums(),
    source.pages(pipeline.stages.map((stage) => ({ stage, after: null })), BOARD_PAGE_SIZE),
    getDb().tag.findMany({ where: tagWhere, orderBy: { name: "asc" }, select: { name: true }, take: 500 }),
  ]);
  return {
    kind: pipeline.kind,
    pipeline: { id: pipeline.id, name: pipeline.name },
    columns: pipeline.stages.map((stage, i) => ({ stage, ...(sums.get(stage.id) ?? { count: 0, totals: [] }), cards: pages[i] })),
    tags: tags.map((t) => t.name),
  };
}
