import { z } from "zod";
import { getDb } from "@/server/db";
import { defineJobType } from "@/server/jobs/job-type";
import { drainEmailEvents } from "./drain-email-events";

/** The unique key every webhook call enqueues with: one pending job serves all events stored meanwhile. */
export const EMAIL_EVENTS_JOB_KEY = "email-events";

/**
 * EMAIL_EVENTS: processes the stored Resend webhook events (drainEmailEvents). One runs at a time
 * (concurrency 1), so events of one email are applied in order and never twice at once.
 *
 * A running job gives up its unique key as it starts: the queue treats a key held by a RUNNING job
 * as pending, and a webhook stored after the drain's last look would otherwise find that job, add
 * nothing, and wait for the next webhook. Released, the next webhook queues one new job, which
 * runs after this one (so at most one job waits while one runs).
 */
export const emailEventsJob = defineJobType({
  type: "EMAIL_EVENTS",
  payload: z.object({}),
  concurrency: 1,
  maxAttempts: 5,
  async handler(context) {
    await getDb().job.updateMany({ where: { id: context.job.id, uniqueKey: EMAIL_EVENTS_JOB_KEY }, data: { uniqueKey: null } });
    const processed = await drainEmailEvents(context);
    if (processed) await context.log("info", `Processed ${processed} webhook event${processed === 1 ? "" : "s"}`);
  },
});
