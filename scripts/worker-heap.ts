import v8 from "node:v8";

/**
 * How far V8 lets the old generation grow past what a full GC found live before the next full GC,
 * in percent, in a job worker process (`--heap-growing-percent`; V8 picks a factor of 1.1–4.0 by
 * itself, and chose 4.0 for the worker: a fast GC over a small heap).
 *
 * Why: a worker holds about 50 MB of live heap (the app's modules, the Prisma client) and its jobs
 * make short-lived garbage, part of which survives into the old generation. With factor 4.0 the old
 * generation may grow to about 190 MB before a full GC (measured: 43 MB live after start-up → a
 * 188 MB limit), so a long job (an audit of thousands of leads) would approach 300 MB of resident
 * memory whatever its own needs. At 50 % (factor 1.5) the old
 * generation is collected at about 1.5× its live size; a full GC of this heap takes 20–50 ms and
 * runs incrementally, so job throughput is unchanged (`npm run bench:audit`, README "Website audits").
 * A complement to keeping the jobs' own allocations small, not a substitute.
 */
export const WORKER_HEAP_GROWING_PERCENT = 50;

/**
 * Applies WORKER_HEAP_GROWING_PERCENT to this process. Call once at the start of a worker process
 * (scripts/worker.ts; the audit benchmark's worker), before it runs jobs: V8 reads the setting each
 * time it sets the next full-GC limit, so it takes effect from the next full GC.
 */
export function limitWorkerHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
}
