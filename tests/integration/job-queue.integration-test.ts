import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { RETRY_BASE_MS } from "@/lib/jobs/retry-delay";
import { getDb } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { claimJobs } from "@/server/jobs/claim-jobs";
import { enqueueDueSchedules, scheduleSlotKey } from "@/server/jobs/enqueue-due-schedules";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { defineJobType, type AnyJobType } from "@/server/jobs/job-type";
import { registerJobType } from "@/server/jobs/registry";
import { runClaimedJob } from "@/server/jobs/run-claimed-job";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import type { JobScheduleDefinition } from "@/server/jobs/schedules";
import { startWorker } from "@/server/jobs/worker";
import { cancelJob } from "@/server/services/jobs/cancel-job";
import { getJob } from "@/server/services/jobs/get-job";
import { retryJob } from "@/server/services/jobs/retry-job";
import { createTestUser, type TestActor } from "../support/factories";

/** Every run of a test job, by job id: a job run twice shows up twice. */
const runs = new Map<string, number>();
const countRun = (id: string) => runs.set(id, (runs.get(id) ?? 0) + 1);

const echoJob = defineJobType({
  type: "TEST_ECHO",
  payload: z.object({ n: z.number().int() }),
  async handler(context) {
    countRun(context.job.id);
    await context.setResult({ doubled: context.payload.n * 2 });
  },
});

/** Fails with a transient error until its attempt number reaches `succeedOn`. */
const flakyJob = defineJobType({
  type: "TEST_FLAKY",
  payload: z.object({ succeedOn: z.number().int() }),
  maxAttempts: 3,
  async handler(context) {
    countRun(context.job.id);
    if (context.job.attempts < context.payload.succeedOn) throw new Error(`connection reset (attempt ${context.job.attempts})`);
  },
});

const invalidInputJob = defineJobType({
  type: "TEST_INVALID",
  payload: z.object({}),
  async handler() {
    throw new ValidationError("The file has no column name");
  },
});

/** Counts items in steps, saving progress each step, until cancelled or done; waits `stepMs` between steps. */
const stepsJob = defineJobType({
  type: "TEST_STEPS",
  payload: z.object({ steps: z.number().int(), stepMs: z.number().int() }),
  async handler(context) {
    for (let step = context.job.processed; step < context.payload.steps; step++) {
      await new Promise((resolve) => setTimeout(resolve, context.payload.stepMs));
      await getDb().$transaction((tx) => context.addProgress(tx, { processed: 1 }));
    }
  },
});

const singleJob = defineJobType({ type: "TEST_SINGLE", payload: z.object({}), concurrency: 1, handler: async () => {} });
const limitedJob = defineJobType({ type: "TEST_RATE", payload: z.object({}), rateLimit: { max: 2, windowMs: 60_000 }, handler: async () => {} });

const TYPES: AnyJobType[] = [echoJob, flakyJob, invalidInputJob, stepsJob, singleJob, limitedJob];
const LEASE_MS = 1_000;

let admin: TestActor;

beforeAll(async () => {
  for (const type of TYPES) registerJobType(type);
  admin = await createTestUser("ADMIN");
});

async function clearQueue() {
  await getDb().jobLogEntry.deleteMany();
  await getDb().job.deleteMany();
  await getDb().rateLimitWindow.deleteMany();
}

/** Claims what is due at `now` for a worker of the test types and runs it; returns the outcomes. */
async function claimAndRun(now: Date, workerId = "test-worker", types: AnyJobType[] = TYPES) {
  const claimed = await claimJobs({ workerId, now, leaseMs: LEASE_MS, limit: 10, types });
  const outcomes = [];
  for (const job of claimed) {
    outcomes.push(await runClaimedJob(types.find((type) => type.type === job.type)!, job, { workerId, leaseMs: LEASE_MS, now: () => now, random: () => 0 }));
  }
  return outcomes;
}

describe("the durable job queue", () => {
  it("runs a job no earlier than its runAt, and a due job at once", async () => {
    await clearQueue();
    const t0 = new Date("2026-12-04T10:00:00.000Z");
    const later = await enqueueJob(echoJob, { payload: { n: 21 }, runAt: new Date(t0.getTime() + 60_000) });
    expect(await claimAndRun(t0)).toEqual([]);
    expect(await claimAndRun(new Date(t0.getTime() + 60_000))).toEqual(["SUCCEEDED"]);
    const job = await getDb().job.findUniqueOrThrow({ where: { id: later.id } });
    expect(job).toMatchObject({ status: "SUCCEEDED", attempts: 1, result: { doubled: 42 }, leaseOwner: null });
  });

  it("refuses a payload its type's schema refuses, storing nothing", async () => {
    await clearQueue();
    await expect(enqueueJob(echoJob, { payload: { n: "many" as unknown as number } })).rejects.toBeInstanceOf(ValidationError);
    expect(await getDb().job.count()).toBe(0);
  });

  it("claims the highest priority first, then the oldest", async () => {
    await clearQueue();
    const now = new Date("2026-12-04T10:00:00.000Z");
    const old = await enqueueJob(echoJob, { payload: { n: 1 }, runAt: new Date(now.getTime() - 2000) });
    const urgent = await enqueueJob(echoJob, { payload: { n: 2 }, runAt: new Date(now.getTime() - 1000), priority: 5 });
    await enqueueJob(echoJob, { payload: { n: 3 }, runAt: new Date(now.getTime() - 500) });
    const claimOne = async () => (await claimJobs({ workerId: "w", now, leaseMs: LEASE_MS, limit: 1, types: TYPES })).map((job) => job.id);
    expect(await claimOne()).toEqual([urgent.id]);
    expect(await claimOne()).toEqual([old.id]);
  });

  it("retries a failing job with exponential backoff, then fails it with the last error and a log", async () => {
    await clearQueue();
    const t0 = new Date("2026-12-04T10:00:00.000Z");
    const { id } = await enqueueJob(flakyJob, { payload: { succeedOn: 99 }, runAt: t0 });
    expect(await claimAndRun(t0)).toEqual(["RETRY"]);
    let job = await getDb().job.findUniqueOrThrow({ where: { id } });
    // random() = 0: half the ceiling, base × 2^0 / 2 after the first failure.
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "Stopped by an unexpected error: connection reset (attempt 1)" });
    expect(job.runAt.getTime() - t0.getTime()).toBe(RETRY_BASE_MS / 2);
    expect(await claimAndRun(new Date(t0.getTime() + RETRY_BASE_MS / 2 - 1))).toEqual([]);
    const t1 = new Date(t0.getTime() + RETRY_BASE_MS / 2);
    expect(await claimAndRun(t1)).toEqual(["RETRY"]);
    job = await getDb().job.findUniqueOrThrow({ where: { id } });
    expect(job.runAt.getTime() - t1.getTime()).toBe(RETRY_BASE_MS);
    expect(await claimAndRun(job.runAt)).toEqual(["FAILED"]);
    job = await getDb().job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "FAILED", attempts: 3, lastError: "Stopped by an unexpected error: connection reset (attempt 3)" });
    expect(runs.get(id)).toBe(3);
    const log = await getDb().jobLogEntry.findMany({ where: { jobId: id }, orderBy: { at: "asc" } });
    expect(log.map((line) => [line.level, line.attempt])).toEqual([
      ["warn", 1],
      ["info", 2],
      ["warn", 2],
      ["info", 3],
      ["error", 3],
    ]);
    expect(log[1].message).toBe("Attempt 2 started by test-worker, from item 0");
  });

  it("succeeds on a later attempt after a transient error", async () => {
    await clearQueue();
    const t0 = new Date("2026-12-04T10:00:00.000Z");
    const { id } = await enqueueJob(flakyJob, { payload: { succeedOn: 2 }, runAt: t0 });
    expect(await claimAndRun(t0)).toEqual(["RETRY"]);
    const { runAt } = await getDb().job.findUniqueOrThrow({ where: { id } });
    expect(await claimAndRun(runAt)).toEqual(["SUCCEEDED"]);
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });

  it("fails at once on an error a retry cannot fix (invalid input)", async () => {
    await clearQueue();
    const now = new Date();
    const { id } = await enqueueJob(invalidInputJob, { payload: {}, runAt: now });
    expect(await claimAndRun(now)).toEqual(["FAILED"]);
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1, lastError: "The file has no column name" });
  });

  it("lets another worker re-claim a job whose lease expired, and refuses the old holder's writes", async () => {
    await clearQueue();
    const t0 = new Date("2026-12-04T10:00:00.000Z");
    const { id } = await enqueueJob(echoJob, { payload: { n: 5 }, runAt: t0 });
    const [first] = await claimJobs({ workerId: "dead-worker", now: t0, leaseMs: LEASE_MS, limit: 1, types: TYPES });
    expect(first.id).toBe(id);
    expect(await claimJobs({ workerId: "other", now: new Date(t0.getTime() + LEASE_MS - 1), leaseMs: LEASE_MS, limit: 1, types: TYPES })).toEqual([]);
    const t1 = new Date(t0.getTime() + LEASE_MS + 1);
    const [again] = await claimJobs({ workerId: "other", now: t1, leaseMs: LEASE_MS, limit: 1, types: TYPES });
    expect(again.id).toBe(id);
    expect(await runClaimedJob(echoJob, first, { workerId: "dead-worker", leaseMs: LEASE_MS, now: () => t1 })).toBe("LOST");
    expect(await runClaimedJob(echoJob, again, { workerId: "other", leaseMs: LEASE_MS, now: () => t1 })).toBe("SUCCEEDED");
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });

  it("resumes a re-claimed job from its saved progress", async () => {
    await clearQueue();
    const t0 = new Date();
    const { id } = await enqueueJob(stepsJob, { payload: { steps: 6, stepMs: 1 }, runAt: t0 });
    // A worker that saved 4 steps, then died.
    await claimJobs({ workerId: "dead-worker", now: t0, leaseMs: 1, limit: 1, types: TYPES });
    await getDb().job.update({ where: { id }, data: { processed: 4 } });
    const later = new Date(t0.getTime() + 10);
    const [claimed] = await claimJobs({ workerId: "w2", now: later, leaseMs: LEASE_MS, limit: 1, types: TYPES });
    expect(claimed.processed).toBe(4);
    expect(await runClaimedJob(stepsJob, claimed, { workerId: "w2", leaseMs: LEASE_MS })).toBe("SUCCEEDED");
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", processed: 6, attempts: 2 });
  });

  it("gives up on a job whose worker died on every attempt", async () => {
    await clearQueue();
    const t0 = new Date("2026-12-04T10:00:00.000Z");
    const { id } = await enqueueJob(echoJob, { payload: { n: 1 }, runAt: t0, maxAttempts: 2 });
    await claimJobs({ workerId: "a", now: t0, leaseMs: LEASE_MS, limit: 1, types: TYPES });
    await claimJobs({ workerId: "b", now: new Date(t0.getTime() + 2 * LEASE_MS), leaseMs: LEASE_MS, limit: 1, types: TYPES });
    expect(await claimAndRun(new Date(t0.getTime() + 4 * LEASE_MS))).toEqual(["FAILED"]);
    expect((await getDb().job.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/Stopped after 2 attempts/);
    expect(runs.get(id)).toBeUndefined();
  });

  it("returns the pending job for a unique key, and lets a finished job give its key up", async () => {
    await clearQueue();
    const first = await enqueueJob(echoJob, { payload: { n: 1 }, uniqueKey: "sync:acme" });
    const again = await enqueueJob(echoJob, { payload: { n: 2 }, uniqueKey: "sync:acme" });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await getDb().job.count()).toBe(1);
    await claimAndRun(new Date(Date.now() + 1000));
    const next = await enqueueJob(echoJob, { payload: { n: 3 }, uniqueKey: "sync:acme" });
    expect(next.created).toBe(true);
    expect(next.id).not.toBe(first.id);
    expect(await getDb().job.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "SUCCEEDED", uniqueKey: null });
  });

  it("cancels a queued job at once and a running one at its next checkpoint, keeping its progress and no error", async () => {
    await clearQueue();
    const queued = await enqueueJob(echoJob, { payload: { n: 1 }, createdById: admin.id });
    expect(await cancelJob(admin, queued.id)).toMatchObject({ status: "CANCELLED" });
    await expect(cancelJob(admin, queued.id)).rejects.toBeInstanceOf(ConflictError);

    const running = await enqueueJob(stepsJob, { payload: { steps: 1000, stepMs: 5 }, createdById: admin.id });
    // A lease far longer than a step: a slow moment on a busy machine must not look like a dead worker.
    const worker = startWorker({ pollMs: 20, leaseMs: 10_000, schedules: false });
    try {
      for (let i = 0; i < 200 && (await getJob(admin, running.id)).processed < 3; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      // The worker may reach its next checkpoint before cancelJob reads the job back.
      const requested = await cancelJob(admin, running.id);
      expect(requested.cancelRequested).toBe(true);
      expect(["RUNNING", "CANCELLED"]).toContain(requested.status);
      for (let i = 0; i < 200 && (await getJob(admin, running.id)).status === "RUNNING"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      await worker.stop();
    }
    const stopped = await getJob(admin, running.id);
    expect(stopped.status).toBe("CANCELLED");
    expect(stopped.processed).toBeGreaterThanOrEqual(3);
    expect(stopped.processed).toBeLessThan(1000);
    // A cancel is not an error; the log says who asked for it.
    expect(stopped.lastError).toBeNull();
    const log = await getDb().jobLogEntry.findMany({ where: { jobId: running.id }, orderBy: { at: "asc" }, select: { message: true } });
    expect(log.map((line) => line.message)).toEqual([`Cancellation requested by ${admin.name}; it stops at its next checkpoint`, "Cancelled"]);
  });

  it("retries a failed job on request, keeping its attempts, counts and log", async () => {
    await clearQueue();
    const now = new Date();
    const { id } = await enqueueJob(invalidInputJob, { payload: {}, runAt: now, createdById: admin.id });
    await claimAndRun(now);
    await expect(retryJob(admin, (await enqueueJob(echoJob, { payload: { n: 1 } })).id)).rejects.toBeInstanceOf(ConflictError);
    const retried = await retryJob(admin, id);
    expect(retried).toMatchObject({ status: "QUEUED", attempts: 1, maxAttempts: 2, lastError: "The file has no column name" });
    expect(await claimAndRun(new Date(Date.now() + 1000), "w", [invalidInputJob])).toEqual(["FAILED"]);
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 2 });
    const log = await getDb().jobLogEntry.findMany({ where: { jobId: id }, orderBy: { at: "asc" } });
    expect(log.map((line) => line.message)).toEqual([
      "The file has no column name",
      `Retried by ${admin.id} (attempt 2)`,
      "Attempt 2 started by w, from item 0",
      "The file has no column name",
    ]);
  });

  it("runs at most `concurrency` jobs of a type at once", async () => {
    await clearQueue();
    const now = new Date();
    for (let i = 0; i < 3; i++) await enqueueJob(singleJob, { payload: {}, runAt: now });
    const first = await claimJobs({ workerId: "a", now, leaseMs: LEASE_MS, limit: 10, types: TYPES });
    expect(first).toHaveLength(1);
    expect(await claimJobs({ workerId: "b", now, leaseMs: LEASE_MS, limit: 10, types: TYPES })).toEqual([]);
    await runClaimedJob(singleJob, first[0], { workerId: "a", leaseMs: LEASE_MS });
    expect(await claimJobs({ workerId: "b", now, leaseMs: LEASE_MS, limit: 10, types: TYPES })).toHaveLength(1);
  });

  it("starts at most `rateLimit.max` jobs of a type per window", async () => {
    await clearQueue();
    const now = new Date("2026-12-04T10:00:10.000Z");
    for (let i = 0; i < 4; i++) await enqueueJob(limitedJob, { payload: {}, runAt: now });
    const claimedNow = [];
    for (let i = 0; i < 4; i++) claimedNow.push(...(await claimJobs({ workerId: "a", now, leaseMs: LEASE_MS, limit: 10, types: TYPES })));
    expect(claimedNow).toHaveLength(2);
    const nextWindow = new Date("2026-12-04T10:01:00.000Z");
    expect(await claimJobs({ workerId: "a", now: nextWindow, leaseMs: LEASE_MS, limit: 10, types: TYPES })).toHaveLength(1);
  });

  it("drains due jobs within a time budget (the cron route's work)", async () => {
    await clearQueue();
    for (let n = 0; n < 5; n++) await enqueueJob(echoJob, { payload: { n } });
    await enqueueJob(invalidInputJob, { payload: {} });
    const summary = await runDueJobs({ budgetMs: 5_000 });
    // A built-in schedule whose slot came due during the test (the sequence tick runs every minute) adds its own job.
    const scheduled = summary.schedulesEnqueued;
    expect(summary).toMatchObject({ claimed: 6 + scheduled, succeeded: 5 + scheduled, failed: 1, retried: 0, yielded: 0 });
    expect(await getDb().job.count({ where: { status: "QUEUED" } })).toBe(0);
  });

  it("hands a long job back unfinished when the drain's budget runs out; the next drain resumes it", async () => {
    // The built-in schedules' rows are written on a drain's first look; done here, so the short
    // budget below goes to the job (this test may run alone).
    await enqueueDueSchedules(new Date());
    await clearQueue();
    const { id } = await enqueueJob(stepsJob, { payload: { steps: 40, stepMs: 20 } });
    // A built-in schedule whose slot comes due during a drain (the sequence tick runs every minute)
    // adds a job of its own to that drain's counts.
    const first = await runDueJobs({ budgetMs: 200 });
    expect(first.claimed).toBe(1 + first.schedulesEnqueued);
    expect(first.yielded).toBeGreaterThanOrEqual(1);
    const paused = await getDb().job.findUniqueOrThrow({ where: { id } });
    expect(paused).toMatchObject({ status: "QUEUED", attempts: 0, leaseOwner: null });
    expect(paused.processed).toBeGreaterThan(0);
    expect(paused.processed).toBeLessThan(40);
    const second = await runDueJobs({ budgetMs: 10_000 });
    expect(second.succeeded).toBeGreaterThanOrEqual(1);
    expect(await getDb().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", processed: 40, attempts: 1 });
  });
});

describe("recurring schedules", () => {
  const schedule: JobScheduleDefinition = { name: "test-every-5-minutes", cron: "*/5 * * * *", timeZone: "Europe/Nicosia", job: echoJob, payload: { n: 7 } };
  const schedules = [schedule];

  it("enqueue each slot exactly once, even when two workers look at the same moment", async () => {
    await clearQueue();
    const start = new Date("2026-12-04T10:01:00.000Z");
    expect(await enqueueDueSchedules(start, schedules)).toBe(0);
    expect((await getDb().jobSchedule.findUniqueOrThrow({ where: { name: schedule.name } })).nextRunAt).toEqual(new Date("2026-12-04T10:05:00.000Z"));
    const due = new Date("2026-12-04T10:05:00.500Z");
    const [a, b] = await Promise.all([enqueueDueSchedules(due, schedules), enqueueDueSchedules(due, schedules)]);
    expect(a + b).toBe(1);
    expect(await enqueueDueSchedules(due, schedules)).toBe(0);
    const jobs = await getDb().job.findMany({ where: { type: "TEST_ECHO" } });
    expect(jobs.map((job) => job.uniqueKey)).toEqual([scheduleSlotKey(schedule.name, new Date("2026-12-04T10:05:00.000Z"))]);
    expect(jobs[0].payload).toEqual({ n: 7 });
    expect(await enqueueDueSchedules(new Date("2026-12-04T10:10:00.000Z"), schedules)).toBe(1);
  });

  it("skip the slots missed while no worker ran instead of making them up", async () => {
    await clearQueue();
    const muchLater = new Date("2026-12-04T13:02:00.000Z");
    expect(await enqueueDueSchedules(muchLater, schedules)).toBe(1);
    expect((await getDb().jobSchedule.findUniqueOrThrow({ where: { name: schedule.name } })).nextRunAt).toEqual(new Date("2026-12-04T13:05:00.000Z"));
  });
});

describe.runIf(process.env.TEST_DATABASE === "postgres")("two workers on PostgreSQL", () => {
  it("race over 1,000 jobs and run each exactly once", async () => {
    await clearQueue();
    runs.clear();
    await getDb().job.createMany({ data: Array.from({ length: 1000 }, (_, n) => ({ type: "TEST_ECHO", payload: { n } })) });
    const ranBy = new Map<string, number>();
    const workers = ["pg-a", "pg-b"].map((workerId) =>
      startWorker({ workerId, concurrency: 8, pollMs: 10, schedules: false, onAttempt: () => ranBy.set(workerId, (ranBy.get(workerId) ?? 0) + 1) }),
    );
    try {
      for (let i = 0; i < 600 && (await getDb().job.count({ where: { status: "SUCCEEDED" } })) < 1000; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(await getDb().job.count({ where: { status: "SUCCEEDED", attempts: 1 } })).toBe(1000);
    expect(runs.size).toBe(1000);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect((ranBy.get("pg-a") ?? 0) + (ranBy.get("pg-b") ?? 0)).toBe(1000);
    expect(ranBy.get("pg-a")).toBeGreaterThan(0);
    expect(ranBy.get("pg-b")).toBeGreaterThan(0);
  });
});
