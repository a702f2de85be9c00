/**
 * Next.js calls register() once when a server instance starts. On a long-running server
 * (`npm start`, `next start`, `next dev`) it starts the in-process job worker, so imports and
 * scheduled work run without a separate process. Not on Vercel (functions are short-lived: the
 * `/api/cron/run-jobs` route drains the queue there), and not when LEADWELL_WORKER=off (a team
 * running `npm run worker` processes separately may turn it off).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.VERCEL || process.env.LEADWELL_WORKER === "off") return;
  const { startInProcessWorker } = await import("./server/jobs/start-in-process-worker");
  startInProcessWorker();
}
