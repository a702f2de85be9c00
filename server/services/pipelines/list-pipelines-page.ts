import type { PipelineListQuery } from "@/lib/validation/pipeline-list";
import { getDb } from "@/server/db";
import { afterCursorWhere, KEYSET_ORDER, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { pipelineRecordSelect, type PipelineRecord } from "./pipeline-record";

/**
 * One keyset page of pipelines with their stages, oldest first by (createdAt, id), optionally of
 * one kind. Pipelines have no updatedAt: the page request's updatedSince is not used.
 */
export async function listPipelinesPage({ filters, page }: { filters: PipelineListQuery; page: KeysetPageRequest }): Promise<KeysetPage<PipelineRecord>> {
  const where = filters.kind ? { kind: filters.kind } : {};
  return readKeysetPage(page, (take) =>
    getDb().pipeline.findMany({ where: { AND: [where, afterCursorWhere(page.after)] }, orderBy: [...KEYSET_ORDER], take, select: pipelineRecordSelect }),
  );
}
