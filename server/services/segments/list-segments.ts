import type { AudienceKind } from "@/lib/enums";
import { getDb } from "@/server/db";

/** A segment as lists and pickers show it. */
export type SegmentRow = { id: string; name: string; kind: AudienceKind; filters: Record<string, unknown>; createdById: string | null; createdAt: Date; campaigns: number };

/** Every segment (the team shares them), newest first, with how many campaigns use each. */
export async function listSegments(): Promise<SegmentRow[]> {
  const rows = await getDb().segment.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, kind: true, filters: true, createdById: true, createdAt: true, _count: { select: { campaigns: true } } },
  });
  return rows.map(({ _count, filters, ...row }) => ({ ...row, filters: (filters ?? {}) as Record<string, unknown>, campaigns: _count.campaigns }));
}
