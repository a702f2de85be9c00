import { getDb, isPostgres, type Db, type Tx } from "@/server/db";
import { RESCORE_CHUNK, rescoreLeads } from "./rescore-leads";
import { loadScoringConfig } from "./scoring-config";

/**
 * WAL pages (4 KiB each) SQLite lets pile up before it copies them into the database file, while
 * every lead is rescored. At SQLite's default of 1,000 it does so after every chunk's commit (a chunk
 * whose scores all change rewrites some 11,000 pages of the table and of the indexes holding score
 * and temperature, many of them the same index pages chunk after chunk); at 50,000 (~200 MB of WAL)
 * about every fourth chunk: the first rescore of bench:scoring writes 1.8 GB instead of 2.3 GB and
 * takes 16.0–16.4 s instead of 17.7–18.5 s (load average 1–2). The -wal file keeps its largest size
 * (~240 MB there, 55 MB at the default) until the last connection to the database closes.
 */
const RESCORE_WAL_AUTOCHECKPOINT = 50_000;

/**
 * Runs `work` with SQLite's automatic checkpoint raised to RESCORE_WAL_AUTOCHECKPOINT pages on the
 * process's connection, then puts the previous setting back (also when `work` throws). PostgreSQL:
 * runs `work` as is.
 */
async function withFewerCheckpoints<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (isPostgres()) return work();
  const [{ wal_autocheckpoint: previous }] = await db.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint | number }>>("PRAGMA wal_autocheckpoint");
  await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${RESCORE_WAL_AUTOCHECKPOINT}`);
  try {
    return await work();
  } finally {
    await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${Number(previous)}`);
  }
}

/**
 * Rescores every lead (a rule or setting changed; the nightly decay), RESCORE_CHUNK leads per
 * transaction in id order, with the rules and settings read once at the start. On SQLite the WAL
 * is checkpointed every RESCORE_WAL_AUTOCHECKPOINT pages meanwhile, not after every chunk.
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
  await withFewerCheckpoints(db, async () => {
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
  });
  return { scored, becameHot };
}
