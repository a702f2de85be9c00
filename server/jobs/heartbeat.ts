import { z } from "zod";
import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * A queued or running job whose last sign of life is older than this is taken for dead (its
 * process exited or restarted) and marked FAILED. A running job reports progress every batch,
 * well under a second apart.
 */
export const JOB_HEARTBEAT_TIMEOUT_MS = 2 * 60 * 1000;

/**
 * The Job table has no heartbeat column, so the runner keeps the time of the job's last progress
 * in its config JSON under this key, next to the job type's own settings.
 */
const heartbeatSchema = z.object({ heartbeatAt: z.iso.datetime() });

/** `config` with the heartbeat set to `now`. */
export function withHeartbeat(config: unknown, now: Date): Prisma.InputJsonObject {
  return { ...(config as Prisma.InputJsonObject), heartbeatAt: now.toISOString() };
}

/** The job's last sign of life: its heartbeat, else when it started, else when it was created. */
export function lastSignOfLife(job: { config: unknown; startedAt: Date | null; createdAt: Date }): Date {
  const heartbeat = heartbeatSchema.safeParse(job.config);
  return heartbeat.success ? new Date(heartbeat.data.heartbeatAt) : (job.startedAt ?? job.createdAt);
}
