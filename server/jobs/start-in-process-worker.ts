import { startWorker, type Worker } from "./worker";

const globalForWorker = globalThis as unknown as { leadwellInProcessWorker?: Worker };

/**
 * Starts the worker inside the web server's process (once per process), and stops it on SIGTERM
 * or SIGINT so that running jobs hand themselves back at their next checkpoint instead of
 * waiting for their lease to expire.
 */
export function startInProcessWorker(): Worker {
  if (globalForWorker.leadwellInProcessWorker) return globalForWorker.leadwellInProcessWorker;
  const worker = startWorker();
  globalForWorker.leadwellInProcessWorker = worker;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void worker.stop().finally(() => process.exit(0));
    });
  }
  console.log(`Leadwell job worker started in this process (${worker.workerId})`);
  return worker;
}
