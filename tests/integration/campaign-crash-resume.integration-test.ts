// The crash test of campaign sending (issue 10), small enough for the suite: a campaign to 600
// leads is sent to the fake Resend API (2 requests a second) by a `npm run worker` child process
// that is killed with SIGKILL once its first batch is saved; an in-process worker re-claims the job
// when the dead worker's lease expires and resumes it at the next unsent batch. Each recipient must
// get exactly one email at the fake — a batch sent but not saved before the kill (if one was in flight) goes again with
// the same Idempotency-Key, which the fake answers without sending — and the stats must match.
// (`npm run bench:crash-campaign` does the same with 5,000 recipients.)
//
// Like import-crash-resume, it runs in a second fresh database with Prisma's migration table
// (createMigratedDatabase), since the child runs `prisma migrate deploy` on start.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBenchCampaign } from "@/bench/crash-campaign";
import { createMigratedDatabase, readJobState, startWorkerProcess, switchDatabase, waitForJob, type WorkerProcess } from "@/bench/crash-resume";
import { getDb } from "@/server/db";
import { startWorker, type Worker } from "@/server/jobs/worker";
import { campaignBatchKey } from "@/server/services/campaigns/send-campaign-batch";
import { getCampaignStats } from "@/server/services/campaigns/get-campaign-stats";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";

const kind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
/** Six batches at 2 requests a second: a window of seconds to kill the worker mid-send on a busy machine. */
const RECIPIENTS = 600;
/** Recipients per batch (CAMPAIGN_BATCH_SIZE). */
const BATCH = 100;

let fake: FakeResend;

beforeAll(async () => {
  fake = await startFakeResend();
  // The child worker inherits these; the in-process worker reads them too.
  vi.stubEnv("RESEND_API_KEY", "re_crash_test");
  vi.stubEnv("RESEND_BASE_URL", fake.url);
  vi.stubEnv("EMAIL_FROM", "Leadwell <campaigns@example.com>");
  vi.stubEnv("UNSUBSCRIBE_SECRET", "crash-test-unsubscribe-secret");
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

describe("a campaign send whose worker process is killed with SIGKILL", () => {
  it("is resumed by another worker at the next unsent batch; every recipient gets exactly one email and the stats match", async () => {
    const setupUrl = process.env.DATABASE_URL!;
    const crashDb = await createMigratedDatabase(kind);
    let child: WorkerProcess | undefined;
    let worker: Worker | undefined;
    try {
      await switchDatabase(crashDb.url);
      const { campaignId, sender, addresses } = await createBenchCampaign(RECIPIENTS);
      const { jobId } = await sendCampaign(sender, campaignId, {});
      child = await startWorkerProcess({ databaseUrl: crashDb.url, uploadDir: "/tmp", leaseMs: 1_000 });
      const seen = await waitForJob(jobId, (job) => job.processed >= BATCH || (job.status !== "QUEUED" && job.status !== "RUNNING"), { pollMs: 20, timeoutMs: 60_000, worker: child });
      await child.kill9();

      // The kill must land mid-send, or this test proves nothing.
      const atKill = await readJobState(jobId);
      expect(seen.status).toBe("RUNNING");
      expect(atKill).toMatchObject({ status: "RUNNING", attempts: 1 });
      expect(atKill.processed).toBeGreaterThanOrEqual(BATCH);
      expect(atKill.processed).toBeLessThan(RECIPIENTS);
      expect(atKill.processed % BATCH).toBe(0); // saved batch by batch
      const sentAtKill = fake.sent.length;
      expect(sentAtKill).toBeLessThan(RECIPIENTS);

      // The dead worker's lease (1 s) expires; this worker re-claims the job and resumes it.
      worker = startWorker({ leaseMs: 1_000, pollMs: 50, schedules: false });
      const done = await waitForJob(jobId, (job) => job.status === "SUCCEEDED" || job.status === "FAILED", { pollMs: 50, timeoutMs: 60_000 });
      await worker.stop();
      worker = undefined;
      expect(done).toMatchObject({ status: "SUCCEEDED", attempts: 2, processed: RECIPIENTS });

      expect(addresses.filter((address) => fake.sentTo(address) !== 1)).toEqual([]);
      expect(fake.sent).toHaveLength(RECIPIENTS);
      // Every batch was accepted once by its own key; a repeat (the batch in flight at the kill) sent nothing.
      const accepted = fake.requests.filter((r) => r.path === "/emails/batch" && r.status === 200).map((r) => r.headers["idempotency-key"]);
      expect(new Set(accepted)).toEqual(new Set([1, 2, 3, 4, 5, 6].map((n) => campaignBatchKey(campaignId, n))));
      const stats = await getCampaignStats(campaignId);
      expect(stats.counts).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, queued: 0, failed: 0 });
      expect(await getDb().campaign.findUnique({ where: { id: campaignId }, select: { status: true } })).toEqual({ status: "SENT" });
      const log = await getDb().jobLogEntry.findMany({ where: { jobId, attempt: 2 }, select: { message: true } });
      expect(log.map((l) => l.message)).toContain(`Resuming: ${atKill.processed.toLocaleString("en")} of ${RECIPIENTS.toLocaleString("en")} recipients already done`);
    } finally {
      await worker?.stop();
      await child?.kill9();
      await switchDatabase(setupUrl);
      await crashDb.drop();
    }
  }, 150_000);
});
