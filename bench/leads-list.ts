/**
 * `npm run bench:leads [-- --postgres] [--leads=100000] [--iterations=200]`
 *
 * Benchmarks the leads list through the service layer (parseLeadListQuery → listLeads) on a
 * fresh database filled with generated leads, and compares each case with the same query
 * written by hand in SQL. Prints p50/p95 per case and writes bench/results/leads-list.json.
 * Targets (SQLite): list p95 ≤ 50 ms, search p95 ≤ 100 ms.
 */
import { parseArgs } from "node:util";
import { todayRange } from "@/lib/dates";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { disconnectDb, getDb } from "@/server/db";
import { listLeads } from "@/server/services/leads/list-leads";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createTestDatabase } from "@/tests/support/test-database";
import { insertDemoLeads } from "./insert-demo-leads";
import { countSql, leadListCases, pageSql, type LeadListCase } from "./lead-list-cases";
import { measure, type Timing } from "./measure";
import { openRawDatabase, type RawDatabase } from "./raw-database";
import { printTable, writeResults } from "./report";
import { createBenchUsers } from "./bench-users";

/** The instant the generated data and the follow-up filters are relative to (fixed for repeatable runs). */
const NOW = new Date("2026-06-01T09:00:00.000Z");
const SEED = 20260601;
const PAGE_SIZE = 50;
const WARMUP = 20;
/** p95 targets in ms, per case kind. */
const TARGET_P95_MS = { list: 50, search: 100 } as const;

type Kind = "sqlite" | "postgres";
type CaseResult = {
  database: Kind;
  case: string;
  kind: LeadListCase["kind"];
  total: number;
  service: Timing;
  rawSql: Timing;
  /** service p50 / raw SQL p50. */
  ratio: number;
  targetP95Ms: number;
  meetsTarget: boolean;
  /** Whether the service and the hand-written SQL returned the same page and total. */
  sameResult: boolean;
};

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Search fragments taken from real generated rows (a third and a tenth of the way in), so the searches hit something. */
async function searchFragments(raw: RawDatabase, leadCount: number): Promise<{ phoneFragment: string; emailFragment: string }> {
  const [phoneRow] = (await raw.query(`SELECT "phone" FROM "Lead" WHERE "phone" IS NOT NULL ORDER BY "id" LIMIT 1 OFFSET ?`, [Math.floor(leadCount / 3)])) as Array<{ phone: string }>;
  const [emailRow] = (await raw.query(`SELECT "email" FROM "Lead" WHERE "email" LIKE ? ORDER BY "id" LIMIT 1 OFFSET ?`, ["%@%.%", Math.floor(leadCount / 10)])) as Array<{ email: string }>;
  const at = emailRow.email.indexOf("@");
  return { phoneFragment: phoneRow.phone.slice(-8).trim(), emailFragment: emailRow.email.slice(0, at + 6) };
}

async function benchDatabase(kind: Kind, leadCount: number, iterations: number): Promise<CaseResult[]> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  const raw = await openRawDatabase(database.url);
  try {
    log(`\n[${kind}] generating and inserting ${leadCount.toLocaleString("en")} leads…`);
    const pipelineId = await ensureLeadPipeline();
    const stages = await getDb().stage.findMany({ where: { pipelineId }, select: { id: true, name: true } });
    const stageIds = Object.fromEntries(stages.map((s) => [s.name, s.id]));
    const owners = await createBenchUsers();
    const started = performance.now();
    await insertDemoLeads({ raw, count: leadCount, seed: SEED, now: NOW, stageIds, owners, onProgress: (n) => process.stderr.write(`\r  ${n.toLocaleString("en")} leads`) });
    // Autovacuum would soon vacuum (setting the visibility map that index-only scans need) and
    // analyze the freshly loaded tables; do it now so that the plans are those of a settled database.
    if (kind === "postgres") await raw.query("VACUUM ANALYZE", []);
    log(`\n  inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const viewer = { id: owners[0], timeZone: "UTC" };
    const tags = await getDb().tag.findMany({ select: { id: true, name: true } });
    const tagIds = Object.fromEntries(tags.map((t) => [t.name, t.id]));
    const cases = leadListCases({ stageIds, viewerId: viewer.id, today: todayRange(NOW, viewer.timeZone), tagIds, ...(await searchFragments(raw, leadCount)) });
    const results: CaseResult[] = [];
    for (const c of cases) {
      const service = () => listLeads(parseLeadListQuery(c.params), viewer, NOW);
      const handWritten = () => Promise.all([raw.query(pageSql(c.sql, PAGE_SIZE), c.sql.args), raw.query(countSql(c.sql), c.sql.args)]);
      const [fromService, [rows, [count]]] = await Promise.all([service(), handWritten()]);
      const total = Number((count as { total: number | string }).total);
      const sameResult =
        fromService.total === total && JSON.stringify(fromService.rows.map((r) => r.id)) === JSON.stringify((rows as Array<{ id: string }>).map((r) => r.id));
      if (!sameResult) log(`  ! ${c.name}: the service and the hand-written SQL disagree (total ${fromService.total} vs ${total})`);
      const serviceTiming = await measure(service, { warmup: WARMUP, iterations });
      const rawTiming = await measure(handWritten, { warmup: WARMUP, iterations });
      const target = TARGET_P95_MS[c.kind];
      results.push({
        database: kind,
        case: c.name,
        kind: c.kind,
        total,
        service: serviceTiming,
        rawSql: rawTiming,
        ratio: serviceTiming.p50 / rawTiming.p50,
        targetP95Ms: target,
        meetsTarget: serviceTiming.p95 <= target,
        sameResult,
      });
      log(`  ${c.name}: p95 ${serviceTiming.p95.toFixed(1)} ms (raw ${rawTiming.p95.toFixed(1)} ms)`);
    }
    return results;
  } finally {
    await raw.close();
    await disconnectDb();
    await database.drop();
  }
}

function printResults(results: CaseResult[]): void {
  const header = ["db", "case", "kind", "rows", "p50 ms", "p95 ms", "raw p50", "raw p95", "ratio", "target"];
  const lines = results.map((r) => [
    r.database,
    r.case,
    r.kind,
    String(r.total),
    r.service.p50.toFixed(1),
    r.service.p95.toFixed(1),
    r.rawSql.p50.toFixed(1),
    r.rawSql.p95.toFixed(1),
    `${r.ratio.toFixed(2)}×`,
    `${r.meetsTarget ? "ok" : "MISSED"} ≤${r.targetP95Ms}${r.sameResult ? "" : " (result differs!)"}`,
  ]);
  printTable(header, lines, (i) => i >= 3);
}

async function main() {
  const { values } = parseArgs({
    options: { postgres: { type: "boolean", default: false }, leads: { type: "string", default: "100000" }, iterations: { type: "string", default: "200" } },
  });
  const leadCount = Number(values.leads);
  const iterations = Number(values.iterations);
  const kinds: Kind[] = values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: CaseResult[] = [];
  for (const kind of kinds) results.push(...(await benchDatabase(kind, leadCount, iterations)));

  printResults(results);
  const file = writeResults("leads-list", { leads: leadCount, iterations, warmup: WARMUP, pageSize: PAGE_SIZE, results });
  const missed = results.filter((r) => !r.meetsTarget).length;
  const differing = results.filter((r) => !r.sameResult).length;
  console.log(`\n${missed ? `${missed} case(s) MISSED the p95 target` : "all cases meet the p95 targets"}; results in ${file}`);
  // A differing result means the hand-written SQL is not the service's query: the comparison is void.
  if (differing) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
