/**
 * `npm run bench:board [-- --postgres] [--deals=10000] [--board-deals=2000] [--board-leads=2000] [--iterations=200] [--http]`
 *
 * (a) moveDeal, the board's server-side move, in a pipeline of 10,000 open deals: drops at the top
 *     of a column, between two cards near the top (where a board shows them, ties included), and
 *     reorders within a column. Target (SQLite): p95 ≤ 30 ms.
 * (b) the board page of a 2,000-deal pipeline: getBoard, the page's data service (column counts,
 *     sums per currency, first 50 cards per column, last activity per card); with --http also the
 *     whole page — next start on the built app (NEXT_DIST_DIR, default .next), signed in, GET
 *     /board/<id> timed to the last byte on localhost. Target: p95 ≤ 300 ms.
 * (c) the lead board of 2,000 generated leads (--board-leads) with 0–3 tasks each, a third of them
 *     done: getBoard("leads"), whose cards also show score, temperature, source and open tasks
 *     (counted in one grouped query for all the pages' cards). Same target.
 * Prints p50/p95 and writes bench/results/board.json.
 */
import { parseArgs } from "node:util";
import { parseBoardQuery } from "@/lib/validation/board";
import { disconnectDb, getDb } from "@/server/db";
import { getBoard } from "@/server/services/board/get-board";
import { moveDeal } from "@/server/services/deals/move-deal";
import { createTestDatabase } from "@/tests/support/test-database";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { insertBenchDeals } from "./board-data";
import { insertDemoLeads } from "./insert-demo-leads";
import { measure, measureEach, type Timing } from "./measure";
import { sessionCookie, startNext } from "./next-server";
import { random } from "@/lib/random";
import { openRawDatabase } from "./raw-database";
import { printTable, writeResults } from "./report";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const SEED = 20260601;
const WARMUP = 20;
const TARGET_P95_MS = { move: 30, board: 300 } as const;
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
    const timing = await measureEach(() => c.prepare(), (input) => moveDeal(admin, input, NOW), { warmup: WARMUP, iterations });
    results.push({ database: kind, case: `moveDeal: ${c.name}`, rows: dealCount, timing, targetP95Ms: TARGET_P95_MS.move, meetsTarget: timing.p95 <= TARGET_P95_MS.move });
    log(`  moveDeal, ${c.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }
  return results;
}

/** (b): the board of a pipeline of `dealCount` open deals: the data service, and with `http` the served page. */
async function benchBoard(kind: Kind, url: string, admin: { id: string; role: "ADMIN"; name: string; email: string }, pipelineId: string, dealCount: number, iterations: number, http: boolean): Promise<Result[]> {
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
    const cookie = await sessionCookie(admin);
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

/** (c): the lead board of `leadCount` generated leads with 0–3 tasks each (getBoard "leads"). */
async function benchLeadBoard(kind: Kind, url: string, admin: { id: string; role: "ADMIN" }, owners: string[], leadCount: number, iterations: number): Promise<Result[]> {
  const db = getDb();
  const pipelineId = await ensureLeadPipeline();
  const stageIds = Object.fromEntries((await db.stage.findMany({ where: { pipelineId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  const raw = await openRawDatabase(url);
  try {
    await insertDemoLeads({ raw, count: leadCount, seed: SEED + 2, now: NOW, stageIds, owners });
    const next = random(SEED + 3);
    const leadIds = (await db.lead.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((l) => l.id);
    const tasks = leadIds.flatMap((leadId, n) =>
      Array.from({ length: Math.floor(next() * 4) }, (_, t) => {
        const done = next() < 1 / 3;
        return { id: `task-${n}-${t}`, title: `Follow up ${n}.${t}`, type: "FOLLOW_UP", priority: "MEDIUM", status: done ? "DONE" : t % 2 ? "IN_PROGRESS" : "OPEN", completedAt: done ? NOW : null, leadId, createdAt: NOW, updatedAt: NOW };
      }),
    );
    await raw.insert("Task", tasks);
    log(`  ${leadIds.length.toLocaleString("en")} leads, ${tasks.length.toLocaleString("en")} tasks`);
    if (url.startsWith("postgres")) await raw.query("VACUUM ANALYZE", []);
  } finally {
    await raw.close();
  }
  const viewer = { id: admin.id, role: admin.role, timeZone: "UTC" };
  const timing = await measure(() => getBoard(viewer, "leads", parseBoardQuery({}), NOW), { warmup: WARMUP, iterations });
  log(`  getBoard (lead board): p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  return [{ database: kind, case: "getBoard, lead board (cards with score, temperature, source, open tasks)", rows: leadCount, timing, targetP95Ms: TARGET_P95_MS.board, meetsTarget: timing.p95 <= TARGET_P95_MS.board }];
}

async function benchDatabase(kind: Kind, dealCount: number, boardDeals: number, boardLeads: number, iterations: number, http: boolean): Promise<Result[]> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  try {
    const db = getDb();
    const admin = await db.user.create({ data: { email: "admin@bench.test", name: "Ada Admin", role: "ADMIN" }, select: { id: true, role: true, name: true, email: true } });
    const owners = [admin.id];
    for (const [email, name] of [["sam@bench.test", "Sam Sales"], ["sara@bench.test", "Sara Sales"], ["marco@bench.test", "Marco Manager"]]) {
      owners.push((await db.user.create({ data: { email, name, role: "SALES" }, select: { id: true } })).id);
    }
    log(`\n[${kind}] inserting ${dealCount.toLocaleString("en")} + ${boardDeals.toLocaleString("en")} open deals…`);
    const big = await createPipeline("Moves", dealCount, owners, database.url, SEED);
    const board = await createPipeline("Board", boardDeals, owners, database.url, SEED + 1);
    const actor = { id: admin.id, role: "ADMIN" as const };
    const results = await benchMoves(kind, actor, big, dealCount, iterations);
    results.push(...(await benchBoard(kind, database.url, { ...actor, name: admin.name, email: admin.email! }, board.id, boardDeals, iterations, http)));
    if (boardLeads > 0) results.push(...(await benchLeadBoard(kind, database.url, actor, owners, boardLeads, iterations)));
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
      "board-leads": { type: "string", default: "2000" },
      iterations: { type: "string", default: "200" },
    },
  });
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: Result[] = [];
  for (const kind of kinds) results.push(...(await benchDatabase(kind, Number(values.deals), Number(values["board-deals"]), Number(values["board-leads"]), Number(values.iterations), values.http)));

  const header = ["db", "case", "deals", "p50 ms", "p95 ms", "target"];
  const lines = results.map((r) => [r.database, r.case, String(r.rows), r.timing.p50.toFixed(1), r.timing.p95.toFixed(1), `${r.meetsTarget ? "ok" : "MISSED"} ≤${r.targetP95Ms}`]);
  printTable(header, lines, (i) => i >= 2);
  const file = writeResults("board", { iterations: Number(values.iterations), warmup: WARMUP, results });
  const missed = results.filter((r) => !r.meetsTarget).length;
  console.log(`\n${missed ? `${missed} case(s) MISSED the p95 target` : "all cases meet the p95 targets"}; results in ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
