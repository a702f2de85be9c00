/**
 * `npm run bench:email [-- --postgres] [--duration=60] [--warmup=10] [--rate=1000] [--connections=50] [--messages=2000]`
 *
 * The webhook-ingest half of issue 10's email benchmark. A fresh database with `--messages` sent
 * emails (each to its own lead, with a Resend id) and `next start` on the built app (NEXT_DIST_DIR,
 * default .next; run `npm run build` first) as `npm start` runs it, with its in-process job worker
 * and RESEND_WEBHOOK_SECRET set. autocannon posts Resend email events to POST /api/webhooks/resend
 * at `--rate` requests a second over `--connections` keep-alive connections, first for `--warmup`
 * seconds (a fresh server compiles its code during its first seconds of load; those events are
 * processed before the measured run starts), then for `--duration` seconds: each request a fresh
 * event (delivered, opened, clicked, sent or delivery_delayed of a random email, built from
 * Resend's documented payloads in ../shared/data/resend_webhooks) with its own svix-id, signed
 * with the svix library (tests/support/sign-resend-webhook.ts). Every response's latency is
 * recorded. Afterwards it checks that none was lost (EmailEvent rows = 200
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
import autocannon from "autocannon";
import { disconnectDb, getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { resendFixture } from "@/tests/support/resend-webhook-fixtures";
import { signResendWebhook, TEST_RESEND_WEBHOOK_SECRET } from "@/tests/support/sign-resend-webhook";
import { createTestDatabase } from "@/tests/support/test-database";
import { processTreeCpuSeconds, runLoad } from "./api-load";
import { percentile } from "./measure";
import { startNext, stopNext } from "./next-server";
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
  seconds: number;
  answered: number;
  eventsPerSecond: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  stored: number;
  lost: number;
  processedAfterMs: number | null;
  serverCpuSeconds: number | null;
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
function nextRequest(providerIds: string[]): { body: string; headers: Record<string, string>; svixId: string } {
  const type = EVENT_TYPES[Math.floor(Math.random() * EVENT_TYPES.length)];
  const emailId = providerIds[Math.floor(Math.random() * providerIds.length)];
  const data: Record<string, unknown> = { email_id: emailId };
  if (type === "email.clicked") data.click = { ipAddress: "203.0.113.7", link: "https://bench.example/offer", timestamp: new Date().toISOString(), userAgent: "bench" };
  const body = JSON.stringify(resendFixture(type, { data, createdAt: new Date() }));
  const headers = signResendWebhook(body);
  return { body, headers: { "content-type": "application/json", ...headers }, svixId: headers["svix-id"] };
}

/** Posts signed events at `rate` a second for `seconds`; resolves with autocannon's result and every latency. */
function postEvents(url: string, providerIds: string[], { seconds, rate, connections }: Pick<Options, "seconds" | "rate" | "connections">) {
  return new Promise<{ result: autocannon.Result; latencies: number[]; acceptedIds: string[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const acceptedIds: string[] = [];
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        overallRate: rate,
        pipelining: 1,
        requests: [
          {
            method: "POST",
            // One request in flight per connection (pipelining 1): the connection's context names the svix-id it carries.
            setupRequest: (request, context) => {
              const { body, headers, svixId } = nextRequest(providerIds);
              (context as { svixId?: string }).svixId = svixId;
              return { ...request, body, headers };
            },
            onResponse: (status, _body, context) => {
              if (status === 200) acceptedIds.push((context as { svixId: string }).svixId);
            },
          },
        ],
      },
      (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ result, latencies, acceptedIds })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
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

async function benchDatabase(kind: Kind, options: Options): Promise<RunResult> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  const providerIds = await seedMessages(options.messages);
  const server = await startNext(database.url, PORT, { RESEND_WEBHOOK_SECRET: TEST_RESEND_WEBHOOK_SECRET });
  const url = `http://127.0.0.1:${PORT}/api/webhooks/resend`;
  try {
    await postEvents(url, providerIds, { ...options, seconds: options.warmupSeconds });
    if ((await waitProcessed(120_000)) === null) throw new Error("the warm-up's events were not processed within 120 s");
    const cpuBefore = processTreeCpuSeconds(server.pid!);
    const { result, latencies, acceptedIds } = await postEvents(url, providerIds, options);
    const cpuAfter = processTreeCpuSeconds(server.pid!);
    const processedAfterMs = await waitProcessed(60_000);
    const ceiling = await runLoad({ url, method: "POST", body: "{}", headers: { "content-type": "application/json" }, connections: options.connections, seconds: CEILING_SECONDS });
    if (ceiling.statusCodes["401"] !== ceiling.requests) throw new Error(`the ceiling run expected only 401 answers, got ${JSON.stringify(ceiling.statusCodes)}`);
    latencies.sort((a, b) => a - b);
    const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]));
    const accepted = acceptedIds.length;
    const stored = await getDb().emailEvent.count();
    let found = 0;
    for (let i = 0; i < acceptedIds.length; i += 500) found += await getDb().emailEvent.count({ where: { svixId: { in: acceptedIds.slice(i, i + 500) } } });
    const eventsPerSecond = accepted / result.duration;
    const latency = { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN };
    // Lost: answered 200 but not stored. (Requests cut off at the end of the run may be stored unanswered.)
    const lost = accepted - found;
    return {
      database: kind,
      seconds: result.duration,
      answered: latencies.length,
      eventsPerSecond,
      latency,
      statusCodes,
      errors: result.errors,
      timeouts: result.timeouts,
      stored,
      lost,
      processedAfterMs,
      serverCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
      ceilingPerSecond: ceiling.requestsPerSecond,
      meetsTarget:
        eventsPerSecond >= TARGET.eventsPerSecond * 0.99 &&
        latency.p95 <= TARGET.p95Ms &&
        lost === 0 &&
        result.non2xx === 0 &&
        result.errors === 0 &&
        result.timeouts === 0 &&
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
    },
  });
  const options: Options = { seconds: Number(values.duration), warmupSeconds: Number(values.warmup), rate: Number(values.rate), connections: Number(values.connections), messages: Number(values.messages) };
  for (const [name, value] of Object.entries(options)) if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const loadBefore = os.loadavg();
  const results: RunResult[] = [];
  for (const kind of kinds) results.push(await benchDatabase(kind, options));
  const loadAverage = { before: loadBefore, after: os.loadavg() };

  const ms = (n: number | null) => (n === null ? "—" : n.toFixed(1));
  printTable(
    ["database", "events/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-200", "stored", "lost", "processed after ms", "server CPU s", "401s/s (ceiling)", "target"],
    results.map((r) => [
      r.database,
      r.eventsPerSecond.toFixed(0),
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      String(r.answered - (r.statusCodes["200"] ?? 0) + r.errors + r.timeouts),
      String(r.stored),
      String(r.lost),
      r.processedAfterMs === null ? "over 60000" : String(r.processedAfterMs),
      r.serverCpuSeconds === null ? "—" : r.serverCpuSeconds.toFixed(1),
      r.ceilingPerSecond.toFixed(0),
      r.meetsTarget ? "PASS" : "FAIL",
    ]),
    (column) => column > 0 && column < 12,
  );
  const file = writeResults("email-webhooks", { loadAverage, options, target: TARGET, results });
  const verdict = results[0];
  console.log(
    `\n${verdict.meetsTarget ? "PASS" : "FAIL"}: POST /api/webhooks/resend on SQLite, ${options.rate} signed events/s offered for ${options.seconds} s: ` +
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
