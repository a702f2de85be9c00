/**
 * Runs `next start` (the arguments given are passed on) in WEB_CONCURRENCY processes that share
 * one listening port through node:cluster (the primary hands connections out round-robin), so a
 * server uses more than one core: one Node process runs JavaScript on one core at a time.
 * WEB_CONCURRENCY unset or 1 runs a single `next start` in a child process as before.
 * A process that dies is started again (after 1 s); SIGINT and SIGTERM are passed to every
 * process, and this one exits when they have. Each process starts its own in-process job worker
 * (instrumentation.ts); several workers share the queue safely (server/jobs/claim-jobs.ts).
 */
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const processes = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);

cluster.setupPrimary({ exec: nextBin, args: process.argv.slice(2), execArgv: [] });
let stopping = false;
const fork = () => cluster.fork();
for (let i = 0; i < processes; i++) fork();
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`leadwell: server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another`);
  setTimeout(fork, 1_000);
});
for (const name of ["SIGINT", "SIGTERM"]) {
  process.on(name, () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill(name);
  });
}
