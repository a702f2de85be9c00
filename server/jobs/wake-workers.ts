import { EventEmitter } from "node:events";

/**
 * One emitter per process, kept on globalThis: Next.js bundles instrumentation.ts (which runs the
 * in-process worker) apart from the route code that enqueues, so module state is not shared.
 */
const globalForWake = globalThis as unknown as { leadwellJobWake?: EventEmitter };

function emitter(): EventEmitter {
  globalForWake.leadwellJobWake ??= new EventEmitter().setMaxListeners(100);
  return globalForWake.leadwellJobWake;
}

/** Tells this process's workers that a job was enqueued, so they claim it without waiting for their next poll. */
export function wakeWorkers(): void {
  emitter().emit("wake");
}

/**
 * Resolves after `ms` milliseconds or at the next wakeWorkers() call, whichever comes first.
 * @param signal - resolves at once when aborted (a stopping worker).
 */
export function sleepUntilWoken(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      emitter().off("wake", done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    emitter().once("wake", done);
    signal?.addEventListener("abort", done, { once: true });
  });
}
