/**
 * `npm run bench:sequences [-- --postgres] [--enrolments=10000] [--due=2000] [--senders=20]`
 *
 * One sequence scheduler tick at size (issue 12): 10,000 active enrolments of an active sequence
 * (email → wait 2 days → WhatsApp task), 2,000 of them due at their email step, spread over 20
 * senders (each at the default daily cap of 100, so every due email may go). The tick sends them to
 * the fake Resend API at its default limit of 2 requests a second, through the process's pacer:
 * 2,000 emails in batches of 100 per sender make 20 calls, so the rate-limit bound is (20 − 1) / 2
 * = 9.5 s. Targets: the tick within 1.2 × the bound, its own work (the tick's time less the time
 * it waited for the pacer) under 5 s, and every due lead emailed exactly once. The process is warm
 * as a worker's is after its first tick (the city list and React Email loaded). Writes
 * bench/results/sequences.json (sequences-postgres.json); exits non-zero on a miss.
 */
import { parseArgs } from "node:util";
import { placeTimeZone } from "@/lib/geo/time-zone";
import { buildTemplateContext } from "@/lib/templates/template-context";
import { renderTemplate } from "@/server/email/render-template";
import { disconnectDb, getDb } from "@/server/db";
import { createRequestPacer, type RequestPacer } from "@/server/email/resend-request-pacer";
import { createResendClient } from "@/server/email/resend-client";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createSequence } from "@/server/services/sequences/create-sequence";
import { runSequenceTick } from "@/server/services/sequences/run-sequence-tick";
import { createTemplate } from "@/server/services/templates/create-template";
import { startFakeResend } from "@/tests/support/fake-resend-server";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeResults } from "./report";

const TARGETS = { boundRatio: 1.2, ownWorkSeconds: 5 } as const;
/** A Tuesday, 10:00 in Cyprus: inside the Monday–Friday 9–17 window of every lead. */
const NOW = new Date("2026-03-03T08:00:00Z");

const log = (message: string) => process.stderr.write(`${message}\n`);

/** A pacer that adds up how long callers waited for their slots (the rate limit's share of the tick). */
function timedPacer(pacer: RequestPacer): RequestPacer & { waitedMs: () => number } {
  let waited = 0;
  return {
    requestsPerSecond: pacer.requestsPerSecond,
    reserve: () => pacer.reserve(),
    pauseFor: (ms) => pacer.pauseFor(ms),
    async acquire(signal) {
      const start = performance.now();
      await pacer.acquire(signal);
      waited += performance.now() - start;
    },
    waitedMs: () => waited,
  };
}

/** Seeds senders, leads, a template, an active sequence and its enrolments (`due` of them due at NOW). */
async function seed({ enrolments, due, senders }: { enrolments: number; due: number; senders: number }) {
  const db = getDb();
  const stageId = (await db.stage.findFirstOrThrow({ where: { pipelineId: await ensureLeadPipeline() }, orderBy: { position: "asc" }, select: { id: true } })).id;
  const users: Array<{ id: string; role: "ADMIN" | "MANAGER" | "SALES"; timeZone: string }> = [];
  for (let i = 0; i < senders; i++) users.push(await db.user.create({ data: { email: `sender${i}@bench.test`, name: `Sender ${i}`, role: i === 0 ? "ADMIN" : "SALES", timeZone: "Europe/Nicosia" }, select: { id: true, role: true, timeZone: true } }));
  const admin = users[0];
  const template = await createTemplate(admin, { name: "Bench intro", category: "EMAIL", subcategory: "COLD_OUTREACH", subject: "A question for {{ businessName }}", body: 'Hello {{ firstName | default: "there" }},\n\nA quick question about **{{ businessName }}**.', variants: [] });
  const { id: sequenceId } = await createSequence(admin, {
    name: "Bench sequence",
    steps: [
      { kind: "EMAIL", templateId: template.id },
      { kind: "WAIT", waitDays: 2, businessDays: false },
      { kind: "TASK", channel: "WHATSAPP", title: "WhatsApp {{ businessName }}", body: "Hi {{ firstName }}, did you see my email?" },
    ],
  });
  await db.sequence.update({ where: { id: sequenceId }, data: { status: "ACTIVE" } });
  const leadRows = Array.from({ length: enrolments }, (_, i) => ({
    id: `benchlead${String(i).padStart(6, "0")}`,
    name: `Bench Taverna ${i}`,
    contactName: `Owner${i} Bench`,
    email: `owner${i}@bench.example`,
    phone: `97 ${String(100000 + i).slice(-6)}`,
    country: "Cyprus",
    city: "Limassol",
    stageId,
    ownerId: users[i % senders].id,
  }));
  for (let i = 0; i < leadRows.length; i += 1000) await db.lead.createMany({ data: leadRows.slice(i, i + 1000) });
  // The due ones first in lead order, spread over the senders; the rest wait for later steps.
  const rows = leadRows.map((lead, i) => ({
    sequenceId,
    leadId: lead.id,
    ownerId: lead.ownerId,
    activeKey: `${sequenceId}:${lead.id}`,
    nextStep: i < due ? 0 : 2,
    nextRunAt: i < due ? new Date(NOW.getTime() - 60_000) : new Date(NOW.getTime() + 2 * 86_400_000),
    enrolledAt: new Date(NOW.getTime() - 3_600_000),
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.sequenceEnrolment.createMany({ data: rows.slice(i, i + 1000) });
  return { sequenceId, dueAddresses: leadRows.slice(0, due).map((l) => l.email) };
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { postgres: { type: "boolean", default: false }, enrolments: { type: "string", default: "10000" }, due: { type: "string", default: "2000" }, senders: { type: "string", default: "20" } },
  });
  const kind = values.postgres ? "postgres" : "sqlite";
  const sizes = { enrolments: Number(values.enrolments), due: Number(values.due), senders: Number(values.senders) };
  const fake = await startFakeResend();
  process.env.RESEND_API_KEY = "re_bench";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.EMAIL_FROM = "Leadwell <sequences@bench.example>";
  process.env.UNSUBSCRIBE_SECRET ??= "bench-unsubscribe-secret";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  const database = await createTestDatabase(kind);
  try {
    await disconnectDb();
    process.env.DATABASE_URL = database.url;
    log(`Seeding ${sizes.enrolments.toLocaleString("en")} enrolments (${sizes.due.toLocaleString("en")} due) on ${kind}…`);
    const { dueAddresses } = await seed(sizes);
    // A worker runs ticks every minute: the lookups and renderer a tick loads on first use (the city
    // list, React Email) are warm in it after its first tick, as they are made here before timing.
    placeTimeZone({ country: "Cyprus", city: "Limassol" });
    await renderTemplate({ subject: "Warm-up", body: "**Warm** up" }, buildTemplateContext({ sender: { name: "Bench", email: null } }));
    const pacer = timedPacer(createRequestPacer({ requestsPerSecond: 2 }));
    log("Running one tick…");
    const start = performance.now();
    const summary = await runSequenceTick({ now: () => NOW, client: createResendClient(), pacer });
    const seconds = (performance.now() - start) / 1000;
    const calls = fake.requests.filter((r) => r.path === "/emails/batch" && r.status === 200).length;
    const boundSeconds = Math.max(0, (Math.ceil(sizes.due / 100) - 1) / 2);
    const ownWorkSeconds = seconds - pacer.waitedMs() / 1000;
    const notOnce = dueAddresses.filter((address) => fake.sentTo(address) !== 1).length;
    const stillDue = await getDb().sequenceEnrolment.count({ where: { status: "ACTIVE", nextRunAt: { lte: NOW } } });
    const report = {
      database: kind,
      ...sizes,
      summary,
      batchCalls: calls,
      seconds: Number(seconds.toFixed(2)),
      boundSeconds,
      ratio: boundSeconds ? Number((seconds / boundSeconds).toFixed(3)) : null,
      pacerWaitSeconds: Number((pacer.waitedMs() / 1000).toFixed(2)),
      ownWorkSeconds: Number(ownWorkSeconds.toFixed(2)),
      sentAtFake: fake.sent.length,
      rateLimited429: fake.requests.filter((r) => r.status === 429).length,
      notExactlyOnce: notOnce,
      stillDue,
      targets: TARGETS,
      pass: summary.emailsSent === sizes.due && notOnce === 0 && stillDue === 0 && seconds <= boundSeconds * TARGETS.boundRatio && ownWorkSeconds < TARGETS.ownWorkSeconds,
    };
    const written = writeResults(kind === "sqlite" ? "sequences" : "sequences-postgres", report);
    console.log(JSON.stringify(report, null, 2));
    log(`${report.pass ? "pass" : "MISS"} — written to ${written}`);
    process.exitCode = report.pass ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.drop().catch(() => undefined);
    await fake.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
