import { parseSegmentFilters, segmentInputSchema, type SegmentInput } from "@/lib/validation/segment";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Saves a list's filters as a named segment (anyone may). The filters are stored as the list
 * reads them (malformed values dropped, defaults left out); "owner = me" becomes the saver's id,
 * so the audience does not change with who sends the campaign.
 * @throws ValidationError with field errors for a blank name or an unknown kind.
 */
export async function createSegment(actor: Actor, input: SegmentInput): Promise<{ id: string }> {
  const { name, kind, filters } = parseOrThrow(segmentInputSchema, input);
  const parsed: Record<string, unknown> = { ...parseSegmentFilters(kind, filters) };
  if (parsed.owner === "me") parsed.owner = actor.id;
  // Only what filters: empty lists and absent values are left out of the stored JSON.
  const stored = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  return getDb().$transaction(async (tx) => {
    const segment = await tx.segment.create({ data: { name, kind, filters: stored as Prisma.InputJsonValue, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Segment", entityId: segment.id, changes: { name, kind } });
    return segment;
  });
}
