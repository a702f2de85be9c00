import type { Placed } from "@/lib/board/position";
import type { BoardCard, BoardStage, BoardTotal } from "@/lib/board/types";
import { isRotting, wholeDaysSince } from "@/lib/board/card-age";
import type { Role } from "@/lib/enums";
import { canEdit } from "@/server/services/permissions";

/** The user a board is shown to: "me" in the owner filter, edit rights, time zone of the dates. */
export type BoardViewer = { id: string; role: Role; timeZone: string };

/** A column's count and sums (all cards matching the filters, not just the page shown). */
export type ColumnSums = { count: number; totals: BoardTotal[] };

/** Reads one kind of board (deals, leads) for one set of filters. */
export type BoardSource = {
  /** Count and sums per stage id. */
  sums(): Promise<Map<string, ColumnSums>>;
  /** A page of `take` cards for each request (see PageRequest), with one grouped query for their last activities. */
  pages(requests: readonly PageRequest[], take: number): Promise<BoardCard[][]>;
};

/** The cards of `stage` after the card `after` (null: from the top) in column order; only card `id` if given. */
export type PageRequest = { stage: BoardStage; after?: Placed | null; id?: string };

/** Adds one group-by row (one stage, one currency) to the sums per stage, currencies in code order. */
export function addSums(sums: Map<string, ColumnSums>, stageId: string, count: number, total: BoardTotal): void {
  const column = sums.get(stageId) ?? { count: 0, totals: [] };
  column.count += count;
  column.totals.push(total);
  column.totals.sort((a, b) => a.currency.localeCompare(b.currency));
  sums.set(stageId, column);
}

/** The owner filter of a board: a user id, "me" (the viewer) or "none" (nobody) → the ownerId to match. */
export function ownerIdFilter(owner: string, viewer: { id: string }): string | null {
  return owner === "me" ? viewer.id : owner === "none" ? null : owner;
}

/** What every card shows about its age, owner rights and order, from its row. */
export function cardBasics(
  row: { id: string; position: string; ownerId: string | null; stageChangedAt: Date },
  stage: BoardStage,
  lastActivityAt: Date | null | undefined,
  viewer: BoardViewer,
  now: Date,
): Pick<BoardCard, "id" | "position" | "idleDays" | "stageDays" | "rotting" | "editable"> {
  return {
    id: row.id,
    position: row.position,
    idleDays: lastActivityAt ? wholeDaysSince(lastActivityAt, now) : null,
    stageDays: wholeDaysSince(row.stageChangedAt, now),
    rotting: isRotting(stage, row.stageChangedAt, now),
    editable: canEdit(viewer, row),
  };
}

/**
 * Runs a BoardSource's page requests: one query per page, then the facts about every card on them
 * at once (grouped queries over all the pages' ids: the last activity; on lead cards also the
 * open tasks), then `toCard` for each row.
 * @param cardFacts - card id → its facts (a deal card's: when its latest activity happened).
 */
export async function loadPages<Row extends { id: string }, Facts = Date | null>(
  requests: readonly PageRequest[],
  fetchPage: (request: PageRequest) => Promise<Row[]>,
  cardFacts: (ids: string[]) => Promise<Map<string | null, Facts>>,
  toCard: (row: Row, stage: BoardStage, facts: Facts | undefined) => BoardCard,
): Promise<BoardCard[][]> {
  const pages = await Promise.all(requests.map(fetchPage));
  const ids = pages.flat().map((row) => row.id);
  const facts = ids.length ? await cardFacts(ids) : new Map<string | null, Facts>();
  return pages.map((rows, i) => rows.map((row) => toCard(row, requests[i].stage, facts.get(row.id))));
}
