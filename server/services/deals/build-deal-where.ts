import { todayRange, zonedDayStart } from "@/lib/dates";
import type { DealFilters, DealStatus } from "@/lib/validation/deal";
import type { Prisma } from "@/server/generated/sqlite/client";

const STATUS_KIND = { open: "OPEN", won: "WON", lost: "LOST" } as const satisfies Record<DealStatus, string>;

/**
 * Translates a deals list query into a Prisma `where`. Text search matches the lower-cased
 * `searchText` column (title and company name), the same on SQLite and PostgreSQL; status is the
 * kind of the deal's stage; the expected close range is inclusive, from midnight of `closeFrom`
 * to the end of `closeTo` in the viewer's time zone.
 * @param viewer - the user whose id "me" means and whose time zone the days are in.
 */
export function buildDealWhere(query: DealFilters, viewer: { id: string; timeZone: string }): Prisma.DealWhereInput {
  const and: Prisma.DealWhereInput[] = [];
  if (query.q) and.push({ searchText: { contains: query.q.toLowerCase() } });
  if (query.pipeline) and.push({ pipelineId: query.pipeline });
  if (query.stage) and.push({ stageId: query.stage });
  if (query.owner === "me") and.push({ ownerId: viewer.id });
  else if (query.owner === "none") and.push({ ownerId: null });
  else if (query.owner) and.push({ ownerId: query.owner });
  if (query.status) and.push({ stage: { kind: STATUS_KIND[query.status] } });
  if (query.tag.length) and.push({ tags: { some: { name: { in: query.tag } } } });
  if (query.closeFrom) and.push({ expectedCloseAt: { gte: zonedDayStart(query.closeFrom, viewer.timeZone) } });
  if (query.closeTo) and.push({ expectedCloseAt: { lt: todayRange(zonedDayStart(query.closeTo, viewer.timeZone), viewer.timeZone).end } });
  return { AND: and };
}
