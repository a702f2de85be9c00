import { withCron } from "@/server/cron/with-cron";
import { runSequenceTick } from "@/server/services/sequences/run-sequence-tick";

/** Vercel stops the function after this many seconds (allowed on every plan). */
export const maxDuration = 60;

/**
 * GET /api/cron/sequences — Vercel Cron, every minute (vercel.json): runs the due steps of every
 * active sequence (runSequenceTick), answering what it did. Not once per slot: a repeated call
 * finds nothing due that the first took (each enrolment is claimed by compare-and-set), and a
 * late one catches up.
 */
export const GET = withCron({
  route: "sequences",
  schedule: "* * * * *",
  run: ({ now }) => runSequenceTick({ now }),
});
