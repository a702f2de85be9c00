import { z } from "zod";
import { defineJobType } from "@/server/jobs/job-type";
import { refreshAllCompanyRevenue } from "./refresh-all-company-revenue";

/**
 * REVENUE_REFRESH: recomputes every company's revenue figures (refreshAllCompanyRevenue) as of
 * the run, since recurring lines start, renew and end as time passes without any write. Runs
 * nightly (server/jobs/schedules.ts); idempotent, so a retry simply runs it again.
 */
export const revenueRefreshJob = defineJobType({
  type: "REVENUE_REFRESH",
  payload: z.object({}),
  concurrency: 1,
  async handler(context) {
    const refreshed = await refreshAllCompanyRevenue(new Date(), () => context.checkpoint());
    await context.log("info", `Refreshed the revenue figures of ${refreshed} companies`);
  },
});
