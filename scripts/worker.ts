/**
 * `npm run worker`: a job worker in its own process, against DATABASE_URL. Claims and runs due
 * jobs and enqueues due schedule slots, like the worker inside `npm start`; a team may run
 * several (on PostgreSQL they share the queue without running a job twice). Stops on SIGTERM or
 * SIGINT after handing running jobs back at their next checkpoint.
 *
 *   npm run worker [-- --concurrency N]
 */
import { disconnectDb } from "@/server/db";
import { startWorker } from "@/server/jobs/worker";
import { migrateDatabase } from "./db-migrate";
import { limitWorkerHeapGrowth } from "./worker-heap";

function concurrencyArg(args: string[]): number | undefined {
  const index = args.indexOf("--concurrency");
  if (index === -1) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    console.error("--concurrency takes a whole number from 1 to 64");
    process.exit(2);
  }
  return value;
}

async function main() {
  const concurrency = concurrencyArg(process.argv.slice(2));
  limitWorkerHeapGrowth();
  await migrateDatabase();
  const worker = startWorker({ concurrency });
  console.log(`Leadwell job worker ${worker.workerId} running; Ctrl+C stops it`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`${signal}: handing running jobs back…`);
      void worker.stop();
    });
  }
  await worker.done;
  await disconnectDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
