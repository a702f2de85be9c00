/**
 * A worker process for `npm run bench:jobs -- --postgres`: registers the benchmark's no-op job
 * type, runs a worker against DATABASE_URL until SIGTERM, then prints how many attempts it ran.
 */
import { disconnectDb } from "@/server/db";
import { registerJobType } from "@/server/jobs/registry";
import { startWorker } from "@/server/jobs/worker";
import { noopJob } from "./noop-job";

registerJobType(noopJob);
let attempts = 0;
const worker = startWorker({ concurrency: Number(process.env.BENCH_CONCURRENCY), pollMs: 50, schedules: false, onAttempt: () => attempts++ });
process.once("SIGTERM", () => {
  void worker.stop().then(async () => {
    console.log(JSON.stringify({ workerId: worker.workerId, attempts }));
    await disconnectDb();
    process.exit(0);
  });
});
