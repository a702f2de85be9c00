/**
 * `npm run bench:crash-campaign [-- --postgres] [-- --recipients=5000]`
 *
 * The crash test of campaign sending (issue 10): a campaign to 5,000 leads is sent to the fake
 * Resend API (tests/support/fake-resend-server.ts, 2 requests a second) by a `npm run worker`
 * child process (JOB_LEASE_MS=3000), which is killed with SIGKILL once about half the batches are
 * saved; a second child re-claims the job when the lease expires and resumes it at the next unsent
 * batch. Then: every recipient got exactly one email counted at the fake server, and the campaign's
 * stats (sent, queued) match what the fake counted. Prints a JSON report, writes
 * bench/results/crash-campaign.json and exits non-zero when anything differs.
 */
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { getCampaignStats } from "@/server/services/campaigns/get-campaign-stats";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { createSegment } from "@/server/services/segments/create-segment";
import { createTemplate } from "@/server/services/templates/create-template";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend-server";
import { createMigratedDatabase, readJobState, startWorkerProcess, switchDatabase, waitForJob, type WorkerProcess } from "./crash-resume";
import { writeResults } from "./report";

const LEASE_MS = 3_000;
const seconds = (from: number, to: number) => Number(((to - from) / 1000).toFixed(2));

/** The environment a campaign send needs: the fake's URL as Resend's, a From, an unsubscribe secret. */
export function campaignBenchEnv(fake: FakeResend): void {
  process.env.RESEND_API_KEY = "re_bench";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.EMAIL_FROM = "Leadwell <campaigns@example.com>";
  process.env.UNSUBSCRIBE_SECRET ??= "bench-unsubscribe-secret";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
}

/**
 * Makes an admin, `recipients` leads with distinct addresses, a two-line template and a draft
 * campaign to them in the current database.
 * @returns the campaign, its sender and the addresses.
 */
export async function createBenchCampaign(recipients: number): Promise<{ campaignId: string; sender: { id: string; role: "ADMIN"; timeZone: string }; addresses: string[] }> {
  const db = getDb();
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.com`, name: "Bench Sender", passwordHash: "x", role: "ADMIN" }, select: { id: true, timeZone: true } });
  const sender = { id: user.id, role: "ADMIN" as const, timeZone: user.timeZone };
  const stageId = await firstLeadStageId();
  const addresses = Array.from({ length: recipients }, (_, i) => `lead${i}@bench.example.com`);
  for (let i = 0; i < recipients; i += 1_000) {
    await db.lead.createMany({ data: addresses.slice(i, i + 1_000).map((email, j) => ({ name: `Business ${i + j}`, contactName: `Person ${i + j}`, email, niche: "bench", stageId })) });
  }
  const template = await createTemplate(sender, { name: "Bench", category: "EMAIL", subcategory: "COLD_OUTREACH", subject: "Hi {{ businessName }}", body: 'Hello {{ firstName | default: "there" }},\n\nA short note from {{ senderName }}.' });
  const segment = await createSegment(sender, { name: "Bench", kind: "LEADS", filters: { niche: "bench" } });
  const { id } = await createCampaign(sender, { name: "Bench campaign", templateId: template.id, segmentId: segment.id });
  return { campaignId: id, sender, addresses };
}

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { recipients: { type: "string", default: "5000" }, postgres: { type: "boolean", default: false } } });
  const recipients = Number(values.recipients);
  if (!Number.isInteger(recipients) || recipients < 300) throw new Error("--recipients must be a whole number of at least 300 (three batches)");
  const kind = values.postgres ? "postgres" : "sqlite";
  const fake = await startFakeResend();
  campaignBenchEnv(fake);
  const workers: WorkerProcess[] = [];
  const database = await createMigratedDatabase(kind);
  try {
    await switchDatabase(database.url);
    const { campaignId, sender, addresses } = await createBenchCampaign(recipients);
    const { jobId } = await sendCampaign(sender, campaignId, {});
    const start = performance.now();
    const first = await startWorkerProcess({ databaseUrl: database.url, uploadDir: "/tmp", leaseMs: LEASE_MS });
    workers.push(first);
    const killAt = Math.floor(recipients / 2);
    const seen = await waitForJob(jobId, (job) => job.processed >= killAt || job.status !== "RUNNING" && job.status !== "QUEUED", { pollMs: 100, timeoutMs: 10 * 60_000, worker: first });
    if (seen.status !== "RUNNING") throw new Error(`the job was ${seen.status} before the kill: ${seen.lastError ?? ""}\n${first.output()}`);
    const killedAt = performance.now();
    await first.kill9();
    const atKill = await readJobState(jobId);
    const sentAtKill = fake.sent.length;
    console.error(`killed the worker at ${atKill.processed} saved recipients, ${sentAtKill} sent at the fake (${seconds(start, killedAt)} s); starting another`);
    const second = await startWorkerProcess({ databaseUrl: database.url, uploadDir: "/tmp", leaseMs: LEASE_MS });
    workers.push(second);
    const finished = await waitForJob(jobId, (job) => job.status === "SUCCEEDED" || job.status === "FAILED", { pollMs: 100, timeoutMs: 10 * 60_000, worker: second });
    const finishedAt = performance.now();
    await second.stop();

    const problems: string[] = [];
    if (finished.status !== "SUCCEEDED") problems.push(`job ${finished.status}: ${finished.lastError ?? ""}`);
    const notOnce = addresses.filter((address) => fake.sentTo(address) !== 1);
    if (notOnce.length) problems.push(`${notOnce.length} recipients did not get exactly one email (e.g. ${notOnce[0]}: ${fake.sentTo(notOnce[0])})`);
    const stats = await getCampaignStats(campaignId);
    if (stats.counts.sent !== fake.sent.length) problems.push(`stats say ${stats.counts.sent} sent, the fake counted ${fake.sent.length}`);
    if (stats.counts.queued !== 0) problems.push(`${stats.counts.queued} recipients still queued`);
    const batchKeys = fake.requests.filter((r) => r.path === "/emails/batch").map((r) => r.headers["idempotency-key"]);
    const report = {
      database: kind,
      recipients,
      leaseMs: LEASE_MS,
      processedAtKill: atKill.processed,
      sentAtFakeAtKill: sentAtKill,
      attempts: finished.attempts,
      secondsToKill: seconds(start, killedAt),
      totalSeconds: seconds(start, finishedAt),
      batchRequests: batchKeys.length,
      repeatedBatchKeys: batchKeys.length - new Set(batchKeys).size,
      sentAtFake: fake.sent.length,
      stats: stats.counts,
      equal: problems.length === 0,
      problems,
    };
    const written = writeResults(kind === "sqlite" ? "crash-campaign" : "crash-campaign-postgres", report);
    console.log(JSON.stringify(report, null, 2));
    console.error(`${problems.length ? "DIFFERENT" : "each recipient exactly once; stats match"} — written to ${written}`);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    for (const worker of workers) await worker.kill9();
    await disconnectDb();
    await database.drop().catch((error: unknown) => console.error("could not remove the bench database", error));
    await fake.close();
  }
}

if (process.argv.some((arg) => arg.endsWith("crash-campaign.ts"))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
