/**
 * `npm run bench:email [-- --postgres] [--duration=60] [--warmup=10] [--rate=1000] [--connections=50] [--messages=2000] [--processes=1,2]`
 *
 * The webhook-ingest half of issue 10's email benchmark. A fresh database with `--messages` sent
 * emails (each to its own lead, with a Resend id) and `next start` on the built app (NEXT_DIST_DIR,
 * default .next; run `npm run build` first) as `npm start` runs it, with its in-process job worker
 * and RESEND_WEBHOOK_SECRET set, once for each count of server processes in --processes
 * (WEB_CONCURRENCY; each process runs a worker, and one EMAIL_EVENTS job runs at a time). It
 * posts Resend email events to POST /api/webhooks/resend as a Poisson process of `--rate`
 * arrivals a second over at most `--connections` keep-alive connections (runPacedLoad: latency
 * counted from each event's scheduled instant), first for `--warmup` seconds (a fresh server
 * compiles its code during its first seconds of load; those events are processed before the
 * measured run starts), then for `--duration` seconds: each request a fresh event (delivered,
 * opened, clicked, sent or delivery_delayed of a random email, built from Resend's documented
 * payloads in ../shared/data/resend_webhooks) with its own svix-id, signed when it is due with
 * the svix library (tests/support/sign-resend-webhook.ts). Every response's latency is
 * recorded, and the CPU time of the server's processes and of this one (the client shares the
 * machine's cores with the server). Afterwards it checks that none was lost (EmailEvent rows = 200
 * answers, every svix-id once) and waits for the EMAIL_EVENTS jobs to process them all, timing
 * how long that takes after the last request. Last, the route's ceiling on this machine: unsigned
 * POSTs as fast as the server answers them for 10 s (401, nothing stored: Next's own work per
 * request and the route's cheapest answer), so the accepted rate can be read against it.
 * --postgres runs on SQLite, then on a fresh database of the server at POSTGRES_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres).
 * Target (issue 10, SQLite): ≥ 1,000 events a second accepted for 60 s, p95 ≤ 50 ms, none lost,
 * all processed within 10 s after the burst. Writes bench/results/email-webhooks.json.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { resendFixture } from "@/tests/support/resend-webhook-fixtures";
import { signResendWebhook, TEST_RESEND_WEBHOOK_SECRET } from "@/tests/support/sign-resend-webhook";
import { createTestDatabase } from "@/tests/support/test-database";
import { processTreeCpuSeconds, runLoad } from "./api-load";
import { percentile } from "./measure";
import { parseProcessCounts, startNext, stopNext } from "./next-server";
import { runPacedLoad, type PacedRequest } from "./paced-load";
import { printTable, writeResults } from "./report";

const TARGET = { eventsPerSecond: 1000, p95Ms: 50, processedWithinMs: 10_000 } as const;
const PORT = 3617;
/** How long the ceiling run (unsigned requests, answered 401) lasts, in seconds. */
const CEILING_SECONDS = 10;
const EVENT_TYPES = ["email.delivered", "email.opened", "email.clicked", "email.sent", "email.delivery_delayed"] as const;

type Kind = "sqlite" | "postgres";
type Options = { seconds: number; warmupSeconds: number; rate: number; connections: number; messages: number };
type RunResult = {
  database: Kind;
  /** Server processes sharing the port (WEB_CONCURRENCY). */
  processes: number;
  seconds: number;
  /** Events sent (scheduled as a Poisson process of --rate a second). */
  offered: number;
  /** Events answered 200 a second, from the first scheduled instant to the last answer. */
  eventsPerSecond: number;
  /** From each request's scheduled instant to its answer, ms. */
  latency: { p50: number; p95: number; p99: number; max: number };
  statusCodes: Record<string, number>;
  /** Events sent but not answered 200 (another status, a connection error or a timeout). */
  refused: number;
  /** Events that got no answer, by error code (ECONNRESET, "timeout"…). */
  requestErrors: Record<string, number>;
  stored: number;
  lost: number;
  processedAfterMs: number | null;
  /** EMAIL_EVENTS jobs that stopped on an error at least once. */
  failedAttempts: number;
  serverCpuSeconds: number | null;
  /** This process's CPU time over the measured run (signing and sending the events): it shares the machine's cores with the server. */
  clientCpuSeconds: number;
  /** Unsigned requests answered a second (all 401) when sent as fast as the server answers. */
  ceilingPerSecond: number;
  meetsTarget: boolean;
};

/** Emails "sent" to leads, as the send service leaves them: SENT with Resend's id. */
async function seedMessages(count: number): Promise<string[]> {
  const db = getDb();
  const pipelineId = await ensureLeadPipeline();
  const stage = await db.stage.findFirstOrThrow({ where: { pipelineId }, orderBy: { position: "asc" }, select: { id: true } });
  const providerIds: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const size = Math.min(500, count - start);
    const leads = Array.from({ length: size }, (_, i) => ({ id: `benchlead${start + i}`, name: `Bench lead ${start + i}`, email: `lead${start + i}@bench.example`, stageId: stage.id }));
    await db.lead.createMany({ data: leads });
    const messages = leads.map((lead, i) => {
      const providerId = crypto.randomUUID();
      providerIds.push(providerId);
      return { id: `benchmsg${start + i}`, providerId, toAddress: lead.email, subject: "Bench email", status: "SENT" as const, sentAt: new Date(), leadId: lead.id };
    });
    await db.emailMessage.createMany({ data: messages });
  }
  return providerIds;
}

/** A fresh signed event for a random email: the body and headers of one request. */
function nextRequest(providerIds: string[]): PacedRequest {
  const type = EVENT_TYPES[Math.floor(Math.random() * EVENT_TYPES.length)];
  const emailId = providerIds[Math.floor(Math.random() * providerIds.length)];
  const data: Record<string, unknown> = { email_id: emailId };
  if (type === "email.clicked") data.click = { ipAddress: "203.0.113.7", link: "https://bench.example/offer", timestamp: new Date().toISOString(), userAgent: "bench" };
  const body = JSON.stringify(resendFixture(type, { data, createdAt: new Date() }));
  const headers = signResendWebhook(body);
  return { body, headers: { "content-type": "application/json", ...headers }, key: headers["svix-id"] };
}

/** Waits until no stored event is unprocessed; returns the ms that took, or null after `limitMs`. */
async function waitProcessed(limitMs: number): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if ((await getDb().emailEvent.count({ where: { processedAt: null } })) === 0) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function benchDatabase(kind: Kind, processes: number, options: Options): Promise<RunResult> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  const providerIds = await seedMessages(options.messages);
  const server = await startNext(database.url, PORT, { RESEND_WEBHOOK_SECRET: TEST_RESEND_WEBHOOK_SECRET, WEB_CONCURRENCY: String(processes) });
  const url = `http://127.0.0.1:${PORT}/api/webhooks/resend`;
  try {
    const load = (seconds: number) => runPacedLoad({ url, rate: options.rate, seconds, connections: options.connections, nextRequest: () => nextRequest(providerIds) });
    await load(options.warmupSeconds);
    if ((await waitProcessed(120_000)) === null) throw new Error("the warm-up's events were not processed within 120 s");
    const cpuBefore = processTreeCpuSeconds(server.pid!);
    const clientCpuBefore = process.cpuUsage();
    const run = await load(options.seconds);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const cpuAfter = processTreeCpuSeconds(server.pid!);
    const processedAfterMs = await waitProcessed(60_000);
    const ceiling = await runLoad({ url, method: "POST", body: "{}", headers: { "content-type": "application/json" }, connections: options.connections, seconds: CEILING_SECONDS });
    if (ceiling.statusCodes["401"] !== ceiling.requests) throw new Error(`the ceiling run expected only 401 answers, got ${JSON.stringify(ceiling.statusCodes)}`);
    const { latencies, acceptedKeys } = run;
    // Attempts of the processing jobs that stopped on an error (each is retried, but costs a batch done twice).
    const failedAttempts = await getDb().job.count({ where: { type: "EMAIL_EVENTS", lastError: { not: null } } });
    const stored = await getDb().emailEvent.count();
    let found = 0;
    for (let i = 0; i < acceptedKeys.length; i += 500) found += await getDb().emailEvent.count({ where: { svixId: { in: acceptedKeys.slice(i, i + 500) } } });
    // Over the time until the last answer: a server that fell behind answered the offered events late.
    const eventsPerSecond = acceptedKeys.length / run.elapsedSeconds;
    const latency = { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN };
    // Lost: answered 200 but not stored.
    const lost = acceptedKeys.length - found;
    const refused = run.offered - acceptedKeys.length;
    return {
      database: kind,
      processes,
      seconds: run.seconds,
      offered: run.offered,
      eventsPerSecond,
      latency,
      statusCodes: run.statusCodes,
      refused,
      requestErrors: run.errorCodes,
      stored,
      lost,
      processedAfterMs,
      failedAttempts,
      serverCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
      clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
      ceilingPerSecond: ceiling.requestsPerSecond,
      meetsTarget:
        eventsPerSecond >= TARGET.eventsPerSecond * 0.99 &&
        latency.p95 <= TARGET.p95Ms &&
        lost === 0 &&
        refused === 0 &&
        processedAfterMs !== null &&
        processedAfterMs <= TARGET.processedWithinMs,
    };
  } finally {
    await stopNext(server);
    await disconnectDb();
    await database.drop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      postgres: { type: "boolean", default: false },
      duration: { type: "string", default: "60" },
      warmup: { type: "string", default: "10" },
      rate: { type: "string", default: String(TARGET.eventsPerSecond) },
      connections: { type: "string", default: "50" },
      messages: { type: "string", default: "2000" },
      processes: { type: "string", default: "1,2" },
    },
  });
  const options: Options = { seconds: Number(values.duration), warmupSeconds: Number(values.warmup), rate: Number(values.rate), connections: Number(values.connections), messages: Number(values.messages) };
  for (const [name, value] of Object.entries(options)) if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  const processes = parseProcessCounts(values.processes);
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const loadBefore = os.loadavg();
  const results: RunResult[] = [];
  for (const kind of kinds) for (const count of processes) results.push(await benchDatabase(kind, count, options));
  const loadAverage = { before: loadBefore, after: os.loadavg() };

  const ms = (n: number | null) => (n === null ? "—" : n.toFixed(1));
  printTable(
    ["database", "processes", "events/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-200", "stored", "lost", "processed after ms", "job errors", "server CPU s", "client CPU s", "401s/s (ceiling)", "target"],
    results.map((r) => [
      r.database,
      String(r.processes),
      r.eventsPerSecond.toFixed(0),
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      String(r.refused),
      String(r.stored),
      String(r.lost),
      r.processedAfterMs === null ? "over 60000" : String(r.processedAfterMs),
      String(r.failedAttempts),
      r.serverCpuSeconds === null ? "—" : r.serverCpuSeconds.toFixed(1),
      r.clientCpuSeconds.toFixed(1),
      r.ceilingPerSecond.toFixed(0),
      r.meetsTarget ? "PASS" : "FAIL",
    ]),
    (column) => column > 0 && column < 15,
  );
  const file = writeResults("email-webhooks", { loadAverage, options, target: TARGET, results });
  // The verdict: SQLite with the most server processes measured (one a core is how Leadwell is meant to run).
  const verdict = results.filter((r) => r.database === "sqlite").at(-1)!;
  console.log(
    `\n${verdict.meetsTarget ? "PASS" : "FAIL"}: POST /api/webhooks/resend on SQLite, ${verdict.processes} server process(es), ${options.rate} signed events/s offered for ${options.seconds} s: ` +
      `${verdict.eventsPerSecond.toFixed(0)} accepted/s (target ≥ ${TARGET.eventsPerSecond}), p95 ${ms(verdict.latency.p95)} ms (target ≤ ${TARGET.p95Ms}), ` +
      `${verdict.lost} lost, all processed ${verdict.processedAfterMs === null ? "not within 60 s" : `${verdict.processedAfterMs} ms`} after the burst (target ≤ ${TARGET.processedWithinMs}); ` +
      `the route answers at most ${verdict.ceilingPerSecond.toFixed(0)} unsigned requests a second (401). ` +
      `Load average ${loadBefore[0].toFixed(1)} → ${loadAverage.after[0].toFixed(1)} on ${os.cpus().length} CPUs; results in ${file}`,
  );
  if (!verdict.meetsTarget) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
