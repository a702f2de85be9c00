import { nextCronSlot } from "@/lib/jobs/cron-slots";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { enqueueJob } from "./enqueue-job";
import { findJobType } from "./registry";
import { JOB_SCHEDULES, STORED_SCHEDULE_PREFIXES, type JobScheduleDefinition } from "./schedules";

/** The unique key of a schedule slot's job: a slot is enqueued at most once. */
export function scheduleSlotKey(name: string, slot: Date): string {
  return `schedule:${name}:${slot.toISOString()}`;
}

/** Creates or updates the schedule's row; a changed expression or zone restarts it from the next slot. */
async function syncSchedule(definition: JobScheduleDefinition, now: Date): Promise<void> {
  const db = getDb();
  const stored = await db.jobSchedule.findUnique({ where: { name: definition.name }, select: { cron: true, timeZone: true, jobType: true } });
  const same = stored && stored.cron === definition.cron && stored.timeZone === definition.timeZone && stored.jobType === definition.job.type;
  if (same) return;
  const data = {
    cron: definition.cron,
    timeZone: definition.timeZone,
    jobType: definition.job.type,
    payload: definition.payload as Prisma.InputJsonValue,
    nextRunAt: nextCronSlot(definition.cron, definition.timeZone, now),
  };
  await db.jobSchedule.upsert({ where: { name: definition.name }, create: { name: definition.name, ...data }, update: data });
}

const synced = new WeakSet<JobScheduleDefinition[]>();

/**
 * Enqueues one job for each schedule whose next slot has come. The slot is taken by a
 * compare-and-set on JobSchedule.nextRunAt in the same transaction as the enqueue, so with
 * several workers each slot is enqueued exactly once (the job's unique key is the slot, too).
 * Slots missed while no worker ran are not made up: the schedule moves on to its next slot
 * after `now`. Stored schedules (STORED_SCHEDULE_PREFIXES: rows users created) run the same way,
 * with the cron expression, zone, job type and payload of their row.
 * @param schedules - the definitions (default JOB_SCHEDULES); synced into JobSchedule once per process.
 * @returns how many jobs were enqueued.
 */
export async function enqueueDueSchedules(now: Date, schedules: JobScheduleDefinition[] = JOB_SCHEDULES): Promise<number> {
  if (!synced.has(schedules)) {
    for (const definition of schedules) await syncSchedule(definition, now);
    synced.add(schedules);
  }
  const db = getDb();
  const due = await db.jobSchedule.findMany({
    where: {
      enabled: true,
      nextRunAt: { lte: now },
      OR: [{ name: { in: schedules.map((schedule) => schedule.name) } }, ...STORED_SCHEDULE_PREFIXES.map((prefix) => ({ name: { startsWith: prefix } }))],
    },
    select: { name: true, nextRunAt: true, payload: true, cron: true, timeZone: true, jobType: true },
  });
  let enqueued = 0;
  for (const schedule of due) {
    const stored = findJobType(schedule.jobType);
    const definition = schedules.find((candidate) => candidate.name === schedule.name) ?? (stored && { ...schedule, job: stored });
    if (!definition) continue; // a stored schedule of a job type this process does not run
    const slot = schedule.nextRunAt!;
    const won = await db.$transaction(async (tx) => {
      const next = nextCronSlot(definition.cron, definition.timeZone, now);
      const { count } = await tx.jobSchedule.updateMany({ where: { name: schedule.name, nextRunAt: slot }, data: { nextRunAt: next, lastRunAt: now } });
      if (count === 0) return false; // another worker took this slot
      const job = await enqueueJob(definition.job, { payload: schedule.payload as never, uniqueKey: scheduleSlotKey(schedule.name, slot) }, tx);
      await tx.jobSchedule.update({ where: { name: schedule.name }, data: { lastJobId: job.id } });
      return job.created;
    });
    if (won) enqueued++;
  }
  return enqueued;
}
