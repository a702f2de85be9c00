import { getDb, type Tx } from "@/server/db";
import { RESCORE_CHUNK, rescoreLeads } from "./rescore-leads";
import { loadScoringConfig } from "./scoring-config";

/**
 * Rescores every lead (a rule or setting changed; the nightly decay), RESCORE_CHUNK leads per
 * transaction in id order, with the rules and settings read once at the start.
 * @param now - the instant scored.
 * @param afterId - resume after this lead id (a job's saved progress).
 * @param onChunk - called inside each chunk's transaction with the last id and the count scored (a
 *   job saves its progress there, and may throw to stop).
 * @returns the leads scored and how many became HOT.
 */
export async function rescoreAllLeads({
  now,
  afterId = null,
  onChunk,
}: {
  now: Date;
  afterId?: string | null;
  onChunk?: (tx: Tx, progress: { lastId: string; scored: number }) => Promise<void>;
}): Promise<{ scored: number; becameHot: number }> {
  const db = getDb();
  const config = await loadScoringConfig(db);
  let cursor = afterId;
  let scored = 0;
  let becameHot = 0;
  for (;;) {
      const ids = (
        await db.lead.findMany({ where: cursor ? { id: { gt: cursor } } : {}, orderBy: { id: "asc" }, take: RESCORE_CHUNK, select: { id: true } })
      ).map((l) => l.id);
      if (!ids.length) break;
      const lastId = ids[ids.length - 1];
      await db.$transaction(
        async (tx) => {
          const result = await rescoreLeads(tx, ids, now, config);
          scored += result.scored;
          becameHot += result.becameHot.length;
          await onChunk?.(tx, { lastId, scored: result.scored });
        },
        { timeout: 60_000 },
      );
      cursor = lastId;
  }
  return { scored, becameHot };
}
