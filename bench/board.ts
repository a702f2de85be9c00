/**
 * `npm run bench:board [-- --postgres] [--deals=10000] [--board-deals=2000] [--iterations=200] [--http]`
 *
 * (a) moveDeal, the board's server-side move, in a pipeline of 10,000 open deals: drops at the top
 *     of a column, between two cards near the top (where a board shows them, ties included), and
 *     reorders within a column. Target (SQLite): p95 ≤ 30 ms.
 * (b) the board page of a 2,000-deal pipeline: getBoard, the page's data service (column counts,
 *     sums per currency, first 50 cards per column, last activity per card); with --http also the
 *     whole page — next start on the built app (NEXT_DIST_DIR, default .next), signed in, GET
 *     /board/<id> timed to the last byte on localhost. Target: p95 ≤ 300 ms.
 * Prints p50/p95 and writes bench/results/board.json.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseBoardQuery } from "@/lib/validation/board";
import { hashPassword } from "@/server/auth/password";
import { disconnectDb, getDb } from "@/server/db";
import { getBoard } from "@/server/services/board/get-board";
import { moveDeal } from "@/server/services/deals/move-deal";
import { createTestDatabase } from "@/tests/support/test-database";
import { insertBenchDeals } from "./board-data";
import { measure, percentile, type Timing } from "./measure";
import { openRawDatabase } from "./raw-database";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const SEED = 20260601;
const WARMUP = 20;
const TARGET_P95_MS = { move: 30, board: 300 } as const;
const PASSWORD = "bench password 1";
const STAGES = [
  { name: "Qualified", probability: 10, kind: "OPEN" as const, rottingDays: 14 },
  { name: "Meeting", probability: 25, kind: "OPEN" as const, rottingDays: 14 },
  { name: "Proposal", probability: 50, kind: "OPEN" as const, rottingDays: 21 },
  { name: "Negotiation", probability: 75, kind: "OPEN" as const, rottingDays: 21 },
  { name: "Won", probability: 100, kind: "WON" as const, rottingDays: null },
  { name: "Lost", probability: 0, kind: "LOST" as const, rottingDays: null },
];

type Kind = "sqlite" | "postgres";
type Result = { database: Kind; case: string; rows: number; timing: Timing; targetP95Ms: number; meetsTarget: boolean };

const log = (message: string) => process.stderr.write(`${message}\n`);

/** A small deterministic PRNG (mulberry32) for the choice of moves. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Times `operation(i)` after untimed `prepare(i)` each round (the inputs of a move depend on the moves before it). */
async function measureEach<T>(iterations: number, prepare: (i: number) => Promise<T>, operation: (input: T) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + iterations; i++) {
    const input = await prepare(i);
    const start = performance.now();
    await operation(input);
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean: samples.reduce((s, x) => s + x, 0) / samples.length, iterations };
}

async function createPipeline(name: string, deals: number, owners: string[], url: string, seed: number) {
  const pipeline = await getDb().pipeline.create({
    data: { name, kind: "DEAL", stages: { create: STAGES.map((s, position) => ({ ...s, position })) } },
    select: { id: true, stages: { orderBy: { position: "asc" }, select: { id: true, probability: true, kind: true } } },
  });
  const raw = await openRawDatabase(url);
  try {
    const open = pipeline.stages.filter((s) => s.kind === "OPEN");
    await insertBenchDeals({ raw, pipelineId: pipeline.id, stages: open, count: deals, owners, now: NOW, seed });
    if (url.startsWith("postgres")) await raw.query("VACUUM ANALYZE", []);
  } finally {
    await raw.close();
  }
  return { id: pipeline.id, openStages: pipeline.stages.filter((s) => s.kind === "OPEN").map((s) => s.id) };
}

/** (a): moves in a pipeline of `dealCount` open deals. */
async function benchMoves(kind: Kind, admin: { id: string; role: "ADMIN" }, pipeline: { id: string; openStages: string[] }, dealCount: number, iterations: number): Promise<Result[]> {
  const db = getDb();
  const ids = (await db.deal.findMany({ where: { pipelineId: pipeline.id }, select: { id: true } })).map((d) => d.id);
  const next = random(SEED);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  /** The cards at `offset` and `offset + 1` of a column, as a board shows them. */
  const pairAt = async (stageId: string, offset: number) =>
    db.deal.findMany({ where: { stageId }, orderBy: [{ position: "asc" }, { id: "asc" }], skip: offset, take: 2, select: { id: true } });
  const cases: Array<{ name: string; prepare: () => Promise<Parameters<typeof moveDeal>[1]> }> = [
    { name: "move to another column, top", prepare: async () => ({ dealId: pick(ids), stageId: pick(pipeline.openStages) }) },
    {
      name: "move between two cards (first 60)",
      prepare: async () => {
        const stageId = pick(pipeline.openStages);
        const [before, after] = await pairAt(stageId, Math.floor(next() * 60));
        return { dealId: pick(ids), stageId, beforeId: before?.id, afterId: after?.id };
      },
    },
    {
      name: "reorder within its column",
      prepare: async () => {
        const dealId = pick(ids);
        const { stageId } = await db.deal.findUniqueOrThrow({ where: { id: dealId }, select: { stageId: true } });
        const [before, after] = await pairAt(stageId, Math.floor(next() * 60));
        return { dealId, stageId, beforeId: before?.id, afterId: after?.id };
      },
    },
  ];
  const results: Result[] = [];
  for (const c of cases) {
    const timing = await measureEach(iterations, () => c.prepare(), (input) => moveDeal(admin, input, NOW));
    results.push({ database: kind, case: `moveDeal: ${c.name}`, rows: dealCount, timing, targetP95Ms: TARGET_P95_MS.move, meetsTarget: timing.p95 <= TARGET_P95_MS.move });
    log(`  moveDeal, ${c.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }
  return results;
}

/** Starts `next start` on the built app against `databaseUrl` and resolves once it answers. */
async function startNext(databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-secret-not-for-production", NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("next start did not answer within 60 s");
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signInCookie(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session.split(";")[0];
}

/** (b): the board of a pipeline of `dealCount` open deals: the data service, and with `http` the served page. */
async function benchBoard(kind: Kind, url: string, admin: { id: string; role: "ADMIN"; email: string }, pipelineId: string, dealCount: number, iterations: number, http: boolean): Promise<Result[]> {
  const viewer = { id: admin.id, role: admin.role, timeZone: "UTC" };
  const results: Result[] = [];
  const record = (name: string, timing: Timing) => {
    results.push({ database: kind, case: name, rows: dealCount, timing, targetP95Ms: TARGET_P95_MS.board, meetsTarget: timing.p95 <= TARGET_P95_MS.board });
    log(`  ${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  };
  for (const [name, params] of [["getBoard (data service)", {}], ["getBoard, text filter", { q: "website" }]] as const) {
    record(name, await measure(() => getBoard(viewer, pipelineId, parseBoardQuery(params), NOW), { warmup: WARMUP, iterations }));
  }
  if (!http) return results;
  const port = 3590 + (kind === "postgres" ? 1 : 0);
  const server = await startNext(url, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signInCookie(base, admin.email);
    const page = async () => {
      const response = await fetch(`${base}/board/${pipelineId}`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("board-column")) throw new Error(`GET /board/${pipelineId}: ${response.status}`);
      return html.length;
    };
    log(`  page size: ${((await page()) / 1024).toFixed(0)} KiB of HTML`);
    record("GET /board/<id> (next start, whole page)", await measure(page, { warmup: WARMUP, iterations }));
  } finally {
    server.kill();
  }
  return results;
}

async function benchDatabase(kind: Kind, dealCount: number, boardDeals: number, iterations: number, http: boolean): Promise<Result[]> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  try {
    const db = getDb();
    const admin = await db.user.create({ data: { email: "admin@bench.test", name: "Ada Admin", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) }, select: { id: true, role: true, email: true } });
    const owners = [admin.id];
    for (const [email, name] of [["sam@bench.test", "Sam Sales"], ["sara@bench.test", "Sara Sales"], ["marco@bench.test", "Marco Manager"]]) {
      owners.push((await db.user.create({ data: { email, name, role: "SALES" }, select: { id: true } })).id);
    }
    log(`\n[${kind}] inserting ${dealCount.toLocaleString("en")} + ${boardDeals.toLocaleString("en")} open deals…`);
    const big = await createPipeline("Moves", dealCount, owners, database.url, SEED);
    const board = await createPipeline("Board", boardDeals, owners, database.url, SEED + 1);
    const actor = { id: admin.id, role: "ADMIN" as const };
    const results = await benchMoves(kind, actor, big, dealCount, iterations);
    results.push(...(await benchBoard(kind, database.url, { ...actor, email: admin.email! }, board.id, boardDeals, iterations, http)));
    return results;
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      postgres: { type: "boolean", default: false },
      http: { type: "boolean", default: false },
      deals: { type: "string", default: "10000" },
      "board-deals": { type: "string", default: "2000" },
      iterations: { type: "string", default: "200" },
    },
  });
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: Result[] = [];
  for (const kind of kinds) results.push(...(await benchDatabase(kind, Number(values.deals), Number(values["board-deals"]), Number(values.iterations), values.http)));

  const header = ["db", "case", "deals", "p50 ms", "p95 ms", "target"];
  const lines = results.map((r) => [r.database, r.case, String(r.rows), r.timing.p50.toFixed(1), r.timing.p95.toFixed(1), `${r.meetsTarget ? "ok" : "MISSED"} ≤${r.targetP95Ms}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(format).join("\n")}`);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const file = path.join(process.cwd(), "bench", "results", "board.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ranAt: new Date().toISOString(), machine, iterations: Number(values.iterations), warmup: WARMUP, results }, null, 2) + "\n");
  const missed = results.filter((r) => !r.meetsTarget).length;
  console.log(`\n${missed ? `${missed} case(s) MISSED the p95 target` : "all cases meet the p95 targets"}; results in ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
