import "server-only";
import { monthPeriod } from "@/lib/periods";
import { getDb } from "@/server/db";
import { revenueCompanyWhere, type MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * Companies that became clients this month (in `filters.timeZone`): status CLIENT, and their first
 * revenue — the earliest of their first project's creation and their first recurring line's start
 * — falls in the month. (A company's status has no history, so the first revenue dates it.) With an
 * owner, only companies they own.
 */
export async function countNewClients(filters: MetricsFilters): Promise<number> {
  const { start, end } = monthPeriod(filters.now, filters.timeZone);
  return getDb().company.count({
    where: {
      ...revenueCompanyWhere(filters),
      status: "CLIENT",
      projects: { none: { createdAt: { lt: start } } },
      recurringLines: { none: { startsAt: { lt: start } } },
      OR: [{ projects: { some: { createdAt: { gte: start, lt: end } } } }, { recurringLines: { some: { startsAt: { gte: start, lt: end } } } }],
    },
  });
}
