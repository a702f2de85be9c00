import { runJob, type JobContext } from "./run-job";

/**
 * Starts a QUEUED job in the background of this Node process and returns at once (the caller's
 * request does not wait). runJob records the outcome on the Job row; only a failure to record it
 * (database gone) ends up here, in the log. A job whose process dies is found by failStaleJobs.
 */
export function startJob(jobId: string, work: (context: JobContext) => Promise<void>): void {
  runJob(jobId, work).catch((error: unknown) => console.error(`job ${jobId}: could not record the outcome`, error));
}
