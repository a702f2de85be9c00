import "server-only";
import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import type { ActivityType } from "@/lib/enums";
import { getDb } from "@/server/db";
import { activityMetricsWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { repliedStage } from "@/lib/activities/lead-stage-rule";
import { leadConditions, SqlParams, sqlNumber, stageChangeId } from "./analytics-sql";

/** One outreach channel (activity type) over a range. Rates are fractions 0–1, null when no lead was touched. */
export type ChannelPerformance = {
  type: ActivityType;
  /** Outbound activities of this type in the range. */
  touches: number;
  /** Distinct leads those touches were linked to. */
  leadsTouched: number;
  /** Of leadsTouched, those that replied (see channelPerformance). */
  replied: number;
  /** Of leadsTouched, those that converted (see channelPerformance). */
  converted: number;
  replyRate: number | null;
  conversionRate: number | null;
};

/**
 * Outreach performance per channel (outbound activity type: email, call, DM, …) over
 * [filters.from, filters.to), channels with no touch left out, most touches first:
 * - touches: OUTBOUND activities of the type in the range (owner = author; a lead filter keeps
 *   touches on matching leads, as in outreachByWeek);
 * - leads touched: distinct leads linked to those touches;
 * - replied: leads touched whose history shows, at or after their first touch on this channel in
 *   the range, an INBOUND activity (any type) or a status change into Replied or a later non-LOST
 *   status (Replied found as the outreach rules find it, lib/activities/lead-stage-rule.ts);
 * - converted: leads touched that, at or after that first touch, moved into a WON status or were
 *   converted (a CONVERTED activity);
 * - reply rate = replied ÷ leads touched, conversion rate = converted ÷ leads touched.
 * A lead touched on two channels counts on both (attribution to every channel that touched it).
 */
export async function channelPerformance(filters: MetricsFilters & { from: Date; to: Date }): Promise<ChannelPerformance[]> {
  const db = getDb();
  const range = { gte: filters.from, lt: filters.to };
  const [stages, touchCounts] = await Promise.all([
    listLeadStages(),
    db.activity.groupBy({ by: ["type"], where: { ...activityMetricsWhere(filters), direction: "OUTBOUND", occurredAt: range }, _count: { _all: true } }),
  ]);
  const replied = repliedStage(stages);
  const repliedIds = stages.filter((s) => s.kind !== "LOST" && replied && s.position >= replied.position).map((s) => s.id);
  const wonIds = stages.filter((s) => s.kind === "WON").map((s) => s.id);

  const sql = new SqlParams();
  const touched = `SELECT a."type", a."leadId", MIN(a."occurredAt") AS "firstAt"
    FROM "Activity" a JOIN "Lead" l ON l."id" = a."leadId"
    WHERE a."direction" = 'OUTBOUND' AND a."occurredAt" >= ${sql.param(filters.from)} AND a."occurredAt" < ${sql.param(filters.to)}${filters.ownerId ? ` AND a."authorId" = ${sql.param(filters.ownerId)}` : ""}${leadConditions("l", filters, sql, false)}
    GROUP BY a."type", a."leadId"`;
  const later = (condition: string) =>
    `CASE WHEN EXISTS (SELECT 1 FROM "Activity" i WHERE i."leadId" = t."leadId" AND i."occurredAt" >= t."firstAt" AND (${condition})) THEN 1 ELSE 0 END`;
  const movedInto = (ids: string[]) => (ids.length ? `(i."type" = 'STAGE_CHANGED' AND ${stageChangeId("i", "to")} IN (${sql.list(ids)}))` : "1 = 0");
  const rows = await db.$queryRawUnsafe<Array<{ type: ActivityType; leads: unknown; replied: unknown; converted: unknown }>>(
    `WITH "touched" AS (${touched})
     SELECT t."type", COUNT(*) AS "leads",
       SUM(${later(`i."direction" = 'INBOUND' OR ${movedInto(repliedIds)}`)}) AS "replied",
       SUM(${later(`i."type" = 'CONVERTED' OR ${movedInto(wonIds)}`)}) AS "converted"
     FROM "touched" t GROUP BY t."type"`,
    ...sql.values,
  );
  const byType = new Map(rows.map((r) => [r.type, r]));
  return touchCounts
    .filter((g) => (TOUCH_TYPES as readonly string[]).includes(g.type))
    .map((g) => {
      const row = byType.get(g.type);
      const leadsTouched = sqlNumber(row?.leads);
      const repliedLeads = sqlNumber(row?.replied);
      const converted = sqlNumber(row?.converted);
      return {
        type: g.type,
        touches: g._count._all,
        leadsTouched,
        replied: repliedLeads,
        converted,
        replyRate: leadsTouched ? repliedLeads / leadsTouched : null,
        conversionRate: leadsTouched ? converted / leadsTouched : null,
      };
    })
    .sort((a, b) => b.touches - a.touches || a.type.localeCompare(b.type));
}
