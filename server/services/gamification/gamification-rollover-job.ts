import { z } from "zod";
import { defineJobType } from "@/server/jobs/job-type";
import { rollOverGames } from "./roll-over-games";

/**
 * GAMIFICATION_ROLLOVER: enqueued hourly by its JobSchedule (server/jobs/schedules.ts), so every
 * user's month and day start in their own time zone are seen within the hour: it generates each
 * user's boss fight for the month (the monthly boss schedule), today's mission, refreshes
 * recommended goal targets and pays a monthly revenue goal reached. Idempotent: a second run in the
 * same hour finds everything made.
 */
export const gamificationRolloverJob = defineJobType({
  type: "GAMIFICATION_ROLLOVER",
  payload: z.object({}),
  concurrency: 1,
  maxAttempts: 2,
  async handler(context) {
    const run = await rollOverGames(new Date(), () => context.checkpoint());
    await context.setResult(run);
    await context.log(run.failed ? "warn" : "info", `Gamification rollover: ${run.users} users, ${run.failed} failed`);
  },
});
