import type { ColumnReader, Placed } from "@/lib/board/position";
import type { Tx } from "@/server/db";

type Dir = "asc" | "desc";
/** The filters the column reader needs; assignable to both DealWhereInput and LeadWhereInput. */
type CardWhere = {
  position?: string | { gt?: string; gte?: string; lt?: string; lte?: string };
  id?: string | { gt?: string; lt?: string; lte?: string };
  OR?: CardWhere[];
};
type CardOrder = Array<{ position: Dir } | { id: Dir }>;

/** The two queries a column reader runs, on one model and restricted to one column without the moving card. */
type ColumnQueries = {
  findFirst(where: CardWhere, orderBy: CardOrder): Promise<Placed | null>;
  findMany(where: CardWhere, orderBy: CardOrder): Promise<Placed[]>;
};

const select = { id: true, position: true } as const;
/** Column order: position, then id (equal keys happen; see lib/board/position.ts). */
export const COLUMN_ORDER: CardOrder = [{ position: "asc" }, { id: "asc" }];
const up: CardOrder = [{ position: "desc" }, { id: "desc" }];

/**
 * The cards after `card` in column order (position, id), for a where clause. Written as
 * `position >= p AND (position > p OR id > id)` rather than a bare OR, so that both databases
 * walk the board index from p.
 */
export function cardsAfter(card: Placed): CardWhere {
  return { position: { gte: card.position }, OR: [{ position: { gt: card.position } }, { id: { gt: card.id } }] };
}

/** A ColumnReader over the database. */
function columnReader(q: ColumnQueries): ColumnReader {
  return {
    find: (id) => q.findFirst({ id }, COLUMN_ORDER),
    first: () => q.findFirst({}, COLUMN_ORDER),
    next: (card) => q.findFirst(cardsAfter(card), COLUMN_ORDER),
    previous: (card) => q.findFirst({ position: { lte: card.position }, OR: [{ position: { lt: card.position } }, { id: { lt: card.id } }] }, up),
    tiedUpTo: (card) => q.findMany({ position: card.position, id: { lte: card.id } }, COLUMN_ORDER),
    positionBefore: async (position) => (await q.findFirst({ position: { lt: position } }, up))?.position ?? null,
  };
}

/**
 * The deals of stage `stageId`, without the deal `movingId` that is being placed, read inside `tx`.
 * @see ColumnReader in lib/board/position.ts
 */
export function dealColumn(tx: Tx, stageId: string, movingId: string): ColumnReader {
  const scope = (where: CardWhere) => ({ stageId, AND: [{ id: { not: movingId } }, where] });
  return columnReader({
    findFirst: (where, orderBy) => tx.deal.findFirst({ where: scope(where), orderBy, select }),
    findMany: (where, orderBy) => tx.deal.findMany({ where: scope(where), orderBy, select }),
  });
}

/** The open (not converted) leads of stage `stageId`, without the lead `movingId`, read inside `tx`. */
export function leadColumn(tx: Tx, stageId: string, movingId: string): ColumnReader {
  const scope = (where: CardWhere) => ({ stageId, convertedAt: null, AND: [{ id: { not: movingId } }, where] });
  return columnReader({
    findFirst: (where, orderBy) => tx.lead.findFirst({ where: scope(where), orderBy, select }),
    findMany: (where, orderBy) => tx.lead.findMany({ where: scope(where), orderBy, select }),
  });
}
