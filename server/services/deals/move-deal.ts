import { moveDealSchema } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { applyDealMove } from "./apply-deal-move";

/**
 * Moves a deal on its pipeline's board (applyDealMove) in a transaction of its own: into stage
 * `stageId` (a column), directly below the card `beforeId` and above `afterId` (both omitted: the
 * top). Into a WON or LOST stage it needs a `reason`. The deal page's "Mark won" with a project
 * goes through winDeal instead.
 * @param now - the instant of the move (stageChangedAt, closedAt, the activity's time).
 * @throws ValidationError (malformed input; `reason` missing for won/lost; `stageId` of another
 *   pipeline), NotFoundError (deal or stage), ForbiddenError (SALES moving someone else's deal).
 */
export async function moveDeal(
  actor: Actor,
  input: { dealId: string; stageId: string; beforeId?: string | null; afterId?: string | null; reason?: string | null },
  now = new Date(),
): Promise<void> {
  const move = parseOrThrow(moveDealSchema, input);
  await getDb().$transaction((tx) => applyDealMove(tx, actor, move, now));
}
