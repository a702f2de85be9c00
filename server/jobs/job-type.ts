import type { z } from "zod";
import type { Tx } from "@/server/db";

/** The counters a job reports as it goes (items of its work, e.g. rows of an import). */
export type JobCounts = { processed: number; created: number; updated: number; skipped: number; failed: number };

/** The job row as a handler sees it when its attempt starts (progress as saved so far). */
export type ClaimedJob = {
  id: string;
  type: string;
  attempts: number;
  maxAttempts: number;
  createdById: string | null;
  total: number | null;
  result: unknown;
} & JobCounts;

/** What a job type's handler gets from the worker for one attempt. */
export type JobContext<P = unknown> = {
  job: ClaimedJob;
  /** The payload, parsed by the type's schema. */
  payload: P;
  /** Aborted when the job's cancellation was requested or its lease was lost. */
  signal: AbortSignal;
  /**
   * Adds to the job's counts and renews its lease, inside the transaction that wrote the counted
   * items, so that the saved progress always matches what was stored (an attempt after a crash
   * resumes from it).
   * @throws JobCancelledError when cancellation was requested (the transaction then rolls back).
   */
  addProgress(tx: Tx, counts: Partial<JobCounts>): Promise<void>;
  /**
   * Renews the lease and stops the job when cancellation was requested: call it between units of
   * work that do not go through addProgress.
   * @throws JobCancelledError when cancellation was requested.
   */
  checkpoint(): Promise<void>;
  /** Sets the expected number of items (shown as the progress bar's end). */
  setTotal(total: number): Promise<void>;
  /** Stores what the job produced (JSON), shown by the type's own pages. */
  setResult(result: unknown, tx?: Tx): Promise<void>;
  /** Appends a line to the job's bounded log. */
  log(level: "info" | "warn" | "error", message: string): Promise<void>;
};

/**
 * A job type: its payload schema, its handler and how the queue may run it.
 * A handler must be resumable: a later attempt (after a crash or a retry) starts again from
 * `job.processed` and the state its earlier attempts saved.
 */
export type JobTypeDefinition<P = unknown> = {
  type: string;
  payload: z.ZodType<P>;
  handler: (context: JobContext<P>) => Promise<void>;
  /** Most jobs of this type RUNNING at once across every worker (default: no limit). */
  concurrency?: number;
  /** Most attempts started per window across every worker (e.g. a provider's rate limit). */
  rateLimit?: { max: number; windowMs: number };
  /** Attempts before the job is FAILED (default 3). */
  maxAttempts?: number;
  /** Called once the job reaches SUCCEEDED, FAILED or CANCELLED (e.g. to delete an uploaded file). */
  onFinished?: (job: { id: string; payload: P; status: "SUCCEEDED" | "FAILED" | "CANCELLED" }) => Promise<void>;
};

/** Thrown by a handler's checkpoint when the job was cancelled: the worker marks it CANCELLED. */
export class JobCancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "JobCancelledError";
  }
}

/**
 * Declares a job type; the handler's payload type is the schema's output. List it in
 * server/jobs/job-types.ts so that workers run it.
 */
export function defineJobType<S extends z.ZodType>(
  definition: Omit<JobTypeDefinition<z.output<S>>, "payload"> & { payload: S },
): JobTypeDefinition<z.output<S>> {
  return definition as unknown as JobTypeDefinition<z.output<S>>;
}

/**
 * A job type of any payload, for lists of types (registry, schedules). `any` because a handler's
 * payload parameter is contravariant and its schema covariant: no other type fits every P.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobType = JobTypeDefinition<any>;
