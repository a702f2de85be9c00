/**
 * `npm run bench:api [-- --postgres] [--leads=100000] [--duration=15] [--warmup=10] [--connections=10] [--iterations=300] [--processes=1,2]`
 *
 * Benchmarks REST API v1's leads list over HTTP: a fresh database filled with generated leads
 * (bench:leads' generator), a READ API key of the admin (createApiKey), and `next start` on the
 * built app (NEXT_DIST_DIR, default .next; run `npm run build` first) as `npm start` runs it, once
 * for each count of server processes in --processes (WEB_CONCURRENCY), with LEADWELL_WORKER=off and
 * API_RATE_LIMIT_PER_MINUTE=1000000 (so the run measures the per-key counter's write, not 429s).
 * For each case, autocannon drives GET /api/v1/leads with `--connections` keep-alive connections
 * (`Authorization: Bearer …`) for a `--warmup` run (10 s by default: a fresh server is still
 * compiling its code for its first seconds of load; with 3 s the first case measured served 238
 * requests a second, the later ones 250–302), then a measured `--duration` run, recording every
 * response's latency; any answer but 2xx fails the bench. The same list is also timed as
 * the bare service call the route makes (listLeadsPage on the parsed query, in-process) and as
 * the route handler called in-process (authentication, rate limit, service, JSON; no HTTP), and
 * the parts of the handler alone. Prints a table with the HTTP p50/p95/p99, requests per second,
 * the service's p50/p95 and the ratio HTTP / service, the CPU the server used, the load average,
 * and PASS/FAIL; writes bench/results/api.json. --postgres runs on SQLite and then on a fresh
 * database of the server at POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 * Target (SQLite, GET /api/v1/leads?limit=50 over 100,000 leads, 10 connections): p95 ≤ 60 ms
 * and ≥ 300 requests a second.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { GET as getLeads } from "@/app/api/v1/leads/route";
import { authenticateApiKey } from "@/server/api/authenticate-api-key";
import type { ListQuery } from "@/server/api/list-query";
import { leadOperations } from "@/server/api/resources/leads";
import { takeApiRateLimit } from "@/server/api/take-api-rate-limit";
import { disconnectDb, getDb } from "@/server/db";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listLeadsPage, type LeadFilters } from "@/server/services/leads/list-leads-page";
import { encodeKeysetCursor } from "@/server/services/paging/keyset-cursor";
import { KEYSET_ORDER } from "@/server/services/paging/keyset-page";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createTestDatabase } from "@/tests/support/test-database";
import { processTreeCpuSeconds, runLoad, type LoadResult } from "./api-load";
import { insertDemoLeads } from "./insert-demo-leads";
import { measure, type Timing } from "./measure";
import { parseProcessCounts, startNext, stopNext } from "./next-server";
import { openRawDatabase } from "./raw-database";
import { printTable, writeResults } from "./report";
import { createBenchUsers } from "./bench-users";

/** The instant the generated data is relative to (fixed for repeatable runs). */
const NOW = new Date("2026-06-01T09:00:00.000Z");
const SEED = 20260601;
const WARMUP_ITERATIONS = 20;
/** The issue's targets, on SQLite for the first page. */
const TARGET = { p95Ms: 60, requestsPerSecond: 300 } as const;
/** The per-key limit of the benchmarked server: far above what the run sends. */
const RATE_LIMIT = "1000000";
const BASE_PORT = 3594;

type Kind = "sqlite" | "postgres";
type ApiCase = { name: string; search: string };
type CaseResult = {
  database: Kind;
  /** Server processes sharing the port (WEB_CONCURRENCY). */
  processes: number;
  case: string;
  path: string;
  /** Rows on the page, and whether the server's page equals the service's. */
  rows: number;
  samePage: boolean;
  /** listLeadsPage in-process: the bare service call of the route. */
  service: Timing;
  /** The route handler in-process: authentication, rate limit, query parsing, service, JSON. */
  handler: Timing;
  http: LoadResult;
  /** HTTP latency / service latency, at p95 and p50. */
  ratioP95: number;
  ratioP50: number;
  /** CPU cores the server (and its children) and this process (autocannon) kept busy during the measured run. */
  serverCpuCores: number | null;
  clientCpuCores: number;
  loadAverage: { before: number; after: number };
  meetsTarget: boolean;
};
type Breakdown = { database: Kind; part: string; timing: Timing };

const log = (message: string) => process.stderr.write(`${message}\n`);
const ms = (n: number) => n.toFixed(1);

/** The first page; a page from 90% of the way into the list (a cursor); a stage (status) filter. */
async function apiCases(stageIds: Record<string, string>): Promise<ApiCase[]> {
  const active = await getDb().lead.count({ where: { convertedAt: null } });
  const [deep] = await getDb().lead.findMany({ where: { convertedAt: null }, orderBy: [...KEYSET_ORDER], skip: Math.floor(active * 0.9), take: 1, select: { createdAt: true, id: true } });
  const cases: ApiCase[] = [{ name: "first page", search: "limit=50" }];
  if (deep) cases.push({ name: "cursor deep in the list", search: `limit=50&cursor=${encodeKeysetCursor(deep)}` });
  cases.push({ name: "stage filter (Contacted)", search: `limit=50&stage=${stageIds.Contacted}` });
  return cases;
}

async function benchDatabase(
  kind: Kind,
  options: { leadCount: number; iterations: number; seconds: number; warmupSeconds: number; connections: number; processes: number[] },
): Promise<{ results: CaseResult[]; breakdown: Breakdown[] }> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  // The in-process handler runs below count against the same per-key limit.
  process.env.API_RATE_LIMIT_PER_MINUTE = RATE_LIMIT;
  const raw = await openRawDatabase(database.url);
  let server: Awaited<ReturnType<typeof startNext>> | undefined;
  try {
    log(`\n[${kind}] generating and inserting ${options.leadCount.toLocaleString("en")} leads…`);
    const pipelineId = await ensureLeadPipeline();
    const stages = await getDb().stage.findMany({ where: { pipelineId }, select: { id: true, name: true } });
    const stageIds = Object.fromEntries(stages.map((s) => [s.name, s.id]));
    const owners = await createBenchUsers();
    const started = performance.now();
    await insertDemoLeads({ raw, count: options.leadCount, seed: SEED, now: NOW, stageIds, owners, onProgress: (n) => process.stderr.write(`\r  ${n.toLocaleString("en")} leads`) });
    if (kind === "postgres") await raw.query("VACUUM ANALYZE", []);
    log(`\n  inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const actor = await getDb().user.findUniqueOrThrow({ where: { id: owners[0] }, select: { id: true, role: true, timeZone: true, name: true, email: true } });
    const { token } = await createApiKey(actor, { name: "bench:api", scope: "READ" });
    const authorization = `Bearer ${token}`;
    const cases = await apiCases(stageIds);
    const parseQuery = leadOperations.list.query!.parse as (url: URL) => ListQuery<LeadFilters>;

    // In-process first, while no server competes for the database and the CPU.
    const inProcess = new Map<string, { service: Timing; handler: Timing; ids: string[] }>();
    for (const c of cases) {
      const url = `http://127.0.0.1/api/v1/leads?${c.search}`;
      const query = parseQuery(new URL(url));
      const service = () => listLeadsPage(actor, query, new Date());
      const handler = async () => {
        const response = await getLeads(new Request(url, { headers: { authorization } }), { params: Promise.resolve({}) });
        if (response.status !== 200) throw new Error(`in-process GET ${url}: ${response.status} ${await response.text()}`);
        return response.text();
      };
      const ids = (await service()).data.map((row) => row.id);
      const serviceTiming = await measure(service, { warmup: WARMUP_ITERATIONS, iterations: options.iterations });
      const handlerTiming = await measure(handler, { warmup: WARMUP_ITERATIONS, iterations: options.iterations });
      inProcess.set(c.name, { service: serviceTiming, handler: handlerTiming, ids });
      log(`  ${c.name}: service p50 ${ms(serviceTiming.p50)} p95 ${ms(serviceTiming.p95)} ms; handler in-process p50 ${ms(handlerTiming.p50)} p95 ${ms(handlerTiming.p95)} ms`);
    }
    // The handler's parts besides the service, each alone.
    const request = new Request("http://127.0.0.1/api/v1/leads?limit=50", { headers: { authorization } });
    const keyId = (await authenticateApiKey(request, new Date())).keyId;
    const firstPage = await listLeadsPage(actor, parseQuery(new URL(request.url)), new Date());
    const parts: Array<[string, () => Promise<unknown>]> = [
      ["authenticateApiKey (key + user lookup)", () => authenticateApiKey(request, new Date())],
      ["takeApiRateLimit (counter upsert)", () => takeApiRateLimit(keyId, new Date())],
      ["query parsing (listQuery)", async () => parseQuery(new URL(request.url))],
      ["JSON of the first page (Response.json + text)", () => Response.json(firstPage).text()],
    ];
    const breakdown: Breakdown[] = [];
    for (const [part, run] of parts) {
      const timing = await measure(run, { warmup: WARMUP_ITERATIONS, iterations: options.iterations });
      breakdown.push({ database: kind, part, timing });
      log(`  ${part}: p50 ${ms(timing.p50)} p95 ${ms(timing.p95)} ms`);
    }

    const port = BASE_PORT + (kind === "postgres" ? 1 : 0);
    const results: CaseResult[] = [];
    for (const processes of options.processes) {
      server = await startNext(database.url, port, { LEADWELL_WORKER: "off", API_RATE_LIMIT_PER_MINUTE: RATE_LIMIT, WEB_CONCURRENCY: String(processes) });
      log(`  next start on :${port} in ${processes} process${processes > 1 ? "es" : ""} (pid ${server.pid})`);
      for (const c of cases) {
        const path = `/api/v1/leads?${c.search}`;
        const url = `http://127.0.0.1:${port}${path}`;
        const headers = { authorization };
        const check = await fetch(url, { headers });
        const body = (await check.json()) as { data?: Array<{ id: string }>; nextCursor?: string | null };
        if (check.status !== 200 || !body.data) throw new Error(`GET ${path}: ${check.status} ${JSON.stringify(body)}`);
        const own = inProcess.get(c.name)!;
        const samePage = JSON.stringify(body.data.map((row) => row.id)) === JSON.stringify(own.ids);
        if (!samePage) log(`  ! ${c.name}: the server's page differs from the service's`);

        log(`  ${c.name} (${processes}p): warm-up ${options.warmupSeconds} s…`);
        await runLoad({ url, headers, connections: options.connections, seconds: options.warmupSeconds });
        const loadBefore = os.loadavg()[0];
        const serverCpuBefore = processTreeCpuSeconds(server.pid!);
        const clientCpuBefore = process.cpuUsage();
        const wallBefore = performance.now();
        log(`  ${c.name} (${processes}p): measuring ${options.seconds} s with ${options.connections} connections…`);
        const http = await runLoad({ url, headers, connections: options.connections, seconds: options.seconds });
        const wallSeconds = (performance.now() - wallBefore) / 1000;
        const serverCpuAfter = processTreeCpuSeconds(server.pid!);
        const clientCpu = process.cpuUsage(clientCpuBefore);
        const loadAfter = os.loadavg()[0];
        if (http.non2xx || http.errors || http.timeouts) {
          throw new Error(`GET ${path}: ${http.non2xx} non-2xx answers, ${http.errors} errors, ${http.timeouts} timeouts (status codes ${JSON.stringify(http.statusCodes)})`);
        }
        const result: CaseResult = {
          database: kind,
          processes,
          case: c.name,
          path: path.replace(/cursor=[^&]+/, "cursor=…"),
          rows: body.data.length,
          samePage,
          service: own.service,
          handler: own.handler,
          http,
          ratioP95: http.latency.p95 / own.service.p95,
          ratioP50: http.latency.p50 / own.service.p50,
          serverCpuCores: serverCpuBefore === null || serverCpuAfter === null ? null : (serverCpuAfter - serverCpuBefore) / wallSeconds,
          clientCpuCores: (clientCpu.user + clientCpu.system) / 1e6 / wallSeconds,
          loadAverage: { before: loadBefore, after: loadAfter },
          meetsTarget: http.latency.p95 <= TARGET.p95Ms && http.requestsPerSecond >= TARGET.requestsPerSecond,
        };
        results.push(result);
        log(
          `  ${c.name} (${processes}p): ${http.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(http.latency.p50)} p95 ${ms(http.latency.p95)} p99 ${ms(http.latency.p99)} ms ` +
            `(autocannon p50 ${http.autocannonLatency.p50} p97.5 ${http.autocannonLatency.p97_5} p99 ${http.autocannonLatency.p99}); ` +
            `server ${result.serverCpuCores?.toFixed(2) ?? "?"} cores, autocannon ${result.clientCpuCores.toFixed(2)} cores, load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
        );
      }
      await stopNext(server);
      server = undefined;
    }
    return { results, breakdown };
  } finally {
    if (server) await stopNext(server);
    await raw.close();
    await disconnectDb();
    await database.drop();
  }
}

function printResults(results: CaseResult[], breakdown: Breakdown[]): void {
  const header = ["db", "procs", "case", "req/s", "p50 ms", "p95 ms", "p99 ms", "svc p50", "svc p95", "handler p95", "ratio p50", "ratio p95", "server cores", "load", "target"];
  const lines = results.map((r) => [
    r.database,
    String(r.processes),
    r.case,
    r.http.requestsPerSecond.toFixed(0),
    ms(r.http.latency.p50),
    ms(r.http.latency.p95),
    ms(r.http.latency.p99),
    ms(r.service.p50),
    ms(r.service.p95),
    ms(r.handler.p95),
    `${r.ratioP50.toFixed(1)}×`,
    `${r.ratioP95.toFixed(1)}×`,
    r.serverCpuCores === null ? "?" : r.serverCpuCores.toFixed(2),
    `${r.loadAverage.before.toFixed(1)}→${r.loadAverage.after.toFixed(1)}`,
    `${r.meetsTarget ? "ok" : "MISSED"}${r.samePage ? "" : " (page differs!)"}`,
  ]);
  printTable(header, lines, (i) => i >= 3 && i <= 13);
  printTable(
    ["db", "handler part (in-process)", "p50 ms", "p95 ms"],
    breakdown.map((b) => [b.database, b.part, b.timing.p50.toFixed(2), b.timing.p95.toFixed(2)]),
    (i) => i >= 2,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      postgres: { type: "boolean", default: false },
      leads: { type: "string", default: "100000" },
      duration: { type: "string", default: "15" },
      warmup: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      iterations: { type: "string", default: "300" },
      processes: { type: "string", default: "1,2" },
    },
  });
  const options = {
    leadCount: Number(values.leads),
    seconds: Number(values.duration),
    warmupSeconds: Number(values.warmup),
    connections: Number(values.connections),
    iterations: Number(values.iterations),
  };
  for (const [name, value] of Object.entries(options)) if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  const processes = parseProcessCounts(values.processes);
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: CaseResult[] = [];
  const breakdown: Breakdown[] = [];
  const loadBefore = os.loadavg();
  for (const kind of kinds) {
    const run = await benchDatabase(kind, { ...options, processes });
    results.push(...run.results);
    breakdown.push(...run.breakdown);
  }
  const loadAverage = { before: loadBefore, after: os.loadavg() };

  printResults(results, breakdown);
  const file = writeResults("api", { loadAverage, leads: options.leadCount, connections: options.connections, durationSeconds: options.seconds, warmupSeconds: options.warmupSeconds, serviceIterations: options.iterations, target: TARGET, results, breakdown });
  // The verdict: the first page on SQLite with the most server processes measured (one a core is how Leadwell is meant to run).
  const verdict = results.filter((r) => r.database === "sqlite" && r.case === "first page").at(-1)!;
  const missed = results.filter((r) => !r.meetsTarget).map((r) => `${r.database} ${r.case} (${r.processes} process${r.processes > 1 ? "es" : ""})`);
  console.log(
    `\n${verdict.meetsTarget ? "PASS" : "FAIL"}: GET /api/v1/leads?limit=50 on SQLite over ${options.leadCount.toLocaleString("en")} leads, ${options.connections} connections, ${verdict.processes} server process(es): ` +
      `p95 ${ms(verdict.http.latency.p95)} ms (target ≤ ${TARGET.p95Ms}), ${verdict.http.requestsPerSecond.toFixed(0)} req/s (target ≥ ${TARGET.requestsPerSecond}); ` +
      `HTTP p95 ${verdict.ratioP95.toFixed(1)}× the service's.${missed.length ? ` Below the targets: ${missed.join(", ")}.` : ""}` +
      ` Load average ${loadBefore[0].toFixed(1)} → ${loadAverage.after[0].toFixed(1)} on ${os.cpus().length} CPUs; results in ${file}`,
  );
  // A page that differs means the service timed is not what the route answers: the ratio is void.
  if (results.some((r) => !r.samePage)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
