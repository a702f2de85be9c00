/**
 * `npm run bench:gamification [-- --postgres | --postgres-only] [--activities=50000] [--iterations=100] [--parts-only]`
 *
 * Issue 14's game pages for a heavy user: on a fresh database, one sales user with `--activities`
 * outbound activities over the past 18 months on 2,000 leads, each with its ledger entries (outreach
 * +5 XP +1 token; one in four also "lead contacted" +4 XP +1 token), a few purchases, achievements,
 * level rewards with unlocks, 12 past boss fights and 30 past missions, and 20 team mates on the
 * weekly leaderboard. Measures, from `next start` on the production build in NEXT_DIST_DIR (default
 * .next; `npm run build` first), signed in as that user, each GET timed to the last byte on localhost:
 * `/gamification` (target p95 ≤ 200 ms on SQLite), and for the record `/rewards`, `/missions`,
 * `/boss`, `/goals` and the home dashboard `/` with its game cards. PostgreSQL (`--postgres`) runs
 * the same and reports its figures. It also times each part of the /gamification loader in-process
 * (`--parts-only`: just those, no build needed). When bench/results/gamification-award.json exists (the engine's
 * `npm run bench:gamification-award`), its figures are printed with these. Writes
 * bench/results/gamification.json.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { format, subMonths } from "date-fns";
import { zonedDay } from "@/lib/dates";
import { random } from "@/lib/random";
import { disconnectDb, getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createTestDatabase } from "@/tests/support/test-database";
import { insertDemoLeads } from "./insert-demo-leads";
import { measure, type Timing } from "./measure";
import { hasProductionBuild, sessionCookie, startNext, stopNext } from "./next-server";
import { openRawDatabase, type Row } from "./raw-database";
import { printTable, writeResults } from "./report";

const SEED = 20261214;
const WARMUP = 10;
const LEADS = 2_000;
const TEAM = 20;
const TIME_ZONE = "Europe/London";
const DAY = 86_400_000;
const TARGETS = { gamification: 200 } as const;

type Kind = "sqlite" | "postgres";
type Result = { database: Kind; case: string; timing: Timing; targetMs: number | null; meetsTarget: boolean | null };

const log = (message: string) => process.stderr.write(`${message}\n`);
const id = (prefix: string, n: number) => `c${prefix}${String(n).padStart(18, "0")}`;

/** Writes the heavy user's history (relative to `now`, the real clock the pages are served with); returns the user. */
async function seed(url: string, activityCount: number, now: Date) {
  const db = getDb();
  const pipelineId = await ensureLeadPipeline();
  const stages = await db.stage.findMany({ where: { pipelineId }, select: { id: true, name: true } });
  const user = await db.user.create({ data: { email: "gamer@bench.test", name: "Gwen Gamer", role: "SALES", timeZone: TIME_ZONE }, select: { id: true, name: true, email: true } });
  const raw = await openRawDatabase(url);
  try {
    await insertDemoLeads({ raw, count: LEADS, seed: SEED, now, stageIds: Object.fromEntries(stages.map((s) => [s.name, s.id])), owners: [user.id] });
    const leadIds = ((await raw.query(`SELECT "id" FROM "Lead" ORDER BY "id"`, [])) as Array<{ id: string }>).map((r) => r.id);
    const next = random(SEED);
    let xp = 0;
    const activities: Row[] = [];
    const ledger: Row[] = [];
    for (let n = 0; n < activityCount; n++) {
      const occurredAt = new Date(now.getTime() - 60_000 - Math.floor(next() * 548 * DAY));
      const leadId = leadIds[Math.floor(next() * leadIds.length)];
      activities.push({ id: id("bact", n), type: next() < 0.6 ? "EMAIL" : "CALL", direction: "OUTBOUND", outcome: "NO_RESPONSE", occurredAt, leadId, authorId: user.id, createdAt: occurredAt, updatedAt: occurredAt });
      ledger.push({ id: id("bled", n), userId: user.id, rule: "OUTREACH_LOGGED", sourceType: "activity", sourceId: id("bact", n), xp: 5, tokens: 1, occurredAt, createdAt: occurredAt });
      xp += 5;
      if (n % 4 === 0) {
        ledger.push({ id: id("bcon", n), userId: user.id, rule: "LEAD_CONTACTED", sourceType: "lead", sourceId: `${leadId}-${n}`, xp: 4, tokens: 1, occurredAt, createdAt: occurredAt });
        xp += 4;
      }
      if (activities.length === 10_000) {
        await raw.insert("Activity", activities.splice(0));
        await raw.insert("GameLedgerEntry", ledger.splice(0));
        process.stderr.write(`\r  ${(n + 1).toLocaleString("en")} activities`);
      }
    }
    await raw.insert("Activity", activities);
    await raw.insert("GameLedgerEntry", ledger);
    log("");
    // Purchases, the profile, achievements, rewards, past bosses and missions.
    const purchases: Row[] = Array.from({ length: 200 }, (_, n) => {
      const at = new Date(now.getTime() - n * 2 * DAY);
      return { id: id("bbuy", n), userId: user.id, rule: "PURCHASE", sourceType: "purchase", sourceId: id("bbuy", n), xp: 0, tokens: -10, note: "Coffee", occurredAt: at, createdAt: at };
    });
    await raw.insert("GameLedgerEntry", purchases);
    await raw.query(`INSERT INTO "GameProfile" ("userId", "xp", "level", "currentStreak", "longestStreak", "streakLastDay", "leaderboardOptIn", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      user.id,
      xp,
      15,
      12,
      41,
      zonedDay(new Date(now.getTime() - DAY), TIME_ZONE),
      true,
      now,
    ]);
    for (const key of ["first-outreach", "outreach-100", "outreach-500", "outreach-1000", "streak-3", "streak-7", "streak-30", "level-5", "level-10", "level-15"]) {
      await raw.query(`INSERT INTO "GameAchievement" ("userId", "key", "unlockedAt") VALUES (?, ?, ?)`, [user.id, key, new Date(now.getTime() - 300 * DAY)]);
    }
    for (const [n, reward] of [{ name: "Massage", kind: "RECURRING", everyLevels: 3, atLevel: null }, { name: "Weekend away", kind: "MILESTONE", everyLevels: null, atLevel: 10 }].entries()) {
      await raw.query(`INSERT INTO "GameReward" ("id", "userId", "name", "kind", "everyLevels", "atLevel", "enabled", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [id("brew", n), user.id, reward.name, reward.kind, reward.everyLevels, reward.atLevel, true, now]);
    }
    for (const level of [3, 6, 9, 12, 15]) await raw.query(`INSERT INTO "GameRewardUnlock" ("id", "rewardId", "level", "unlockedAt") VALUES (?, ?, ?, ?)`, [id("bunl", level), id("brew", 0), level, new Date(now.getTime() - (16 - level) * 20 * DAY)]);
    for (let m = 1; m <= 12; m++) {
      const month = format(subMonths(now, m), "yyyy-MM");
      await raw.query(`INSERT INTO "BossFight" ("id", "userId", "month", "type", "name", "target", "reward", "progress", "defeatedAt", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        id("bbos", m),
        user.id,
        month,
        "SEND_OUTREACH",
        "The Gatekeeper",
        300,
        100,
        m % 3 === 0 ? 120 : 300,
        m % 3 === 0 ? null : new Date(now.getTime() - m * 30 * DAY),
        now,
      ]);
    }
    for (let d = 1; d <= 30; d++) {
      await raw.query(`INSERT INTO "DailyMission" ("id", "userId", "localDate", "type", "target", "reward", "progress", "completedAt", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        id("bmis", d),
        user.id,
        zonedDay(new Date(now.getTime() - d * DAY), TIME_ZONE),
        "OUTREACH_COUNT",
        8,
        6,
        d % 4 === 0 ? 3 : 8,
        d % 4 === 0 ? null : new Date(now.getTime() - d * DAY),
        now,
      ]);
    }
    // Team mates on the weekly leaderboard, each with some XP this week.
    for (let t = 0; t < TEAM; t++) {
      const mate = await db.user.create({ data: { email: `mate${t}@bench.test`, name: `Mate ${t}`, role: "SALES" }, select: { id: true } });
      await raw.query(`INSERT INTO "GameProfile" ("userId", "xp", "level", "leaderboardOptIn", "updatedAt") VALUES (?, ?, ?, ?, ?)`, [mate.id, 1000, 5, true, now]);
      await raw.insert(
        "GameLedgerEntry",
        Array.from({ length: 50 }, (_, n) => {
          const at = new Date(now.getTime() - n * 3_600_000);
          return { id: id(`bm${t}x`, n), userId: mate.id, rule: "OUTREACH_LOGGED", sourceType: "activity", sourceId: id(`bm${t}x`, n), xp: 5, tokens: 1, occurredAt: at, createdAt: at };
        }),
      );
    }
    if (url.startsWith("postgres")) await raw.query("VACUUM ANALYZE", []);
  } finally {
    await raw.close();
  }
  return user;
}

/** Each part of the /gamification loader on its own, in this process (where the page's time goes). */
async function benchParts(kind: Kind, user: { id: string }, iterations: number): Promise<Result[]> {
  const [{ ensureGameDefaults }, { getGameSummary }, { getXpByDay }, { getConsistency }, { listAchievements }, { listRewardSettings }, { loadWeeklyLeaderboard }] = await Promise.all([
    import("@/server/services/gamification/ensure-game-defaults"),
    import("@/server/services/gamification/get-game-summary"),
    import("@/server/services/gamification/xp-by-day"),
    import("@/server/services/gamification/consistency"),
    import("@/server/services/gamification/achievements"),
    import("@/server/services/gamification/reward-settings/list-reward-settings"),
    import("@/server/services/gamification/leaderboard/load-weekly-leaderboard"),
  ]);
  const now = new Date();
  const parts: Array<[string, () => Promise<unknown>]> = [
    ["ensureGameDefaults", () => ensureGameDefaults(user.id, now)],
    ["getGameSummary", () => getGameSummary(user.id, now)],
    ["getXpByDay (7 days)", () => getXpByDay(user.id, now, 7)],
    ["getConsistency", () => getConsistency(user.id, now)],
    ["listAchievements", () => listAchievements(user.id)],
    ["listRewardSettings", () => listRewardSettings(user.id, 15)],
    ["loadWeeklyLeaderboard", () => loadWeeklyLeaderboard(user.id, TIME_ZONE, now)],
  ];
  const results: Result[] = [];
  for (const [name, run] of parts) {
    const timing = await measure(run, { warmup: 3, iterations: Math.min(iterations, 30) });
    results.push({ database: kind, case: `in-process: ${name}`, timing, targetMs: null, meetsTarget: null });
    log(`  ${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }
  return results;
}

/** The game pages, over HTTP from next start, timed to the last byte. */
async function benchPages(kind: Kind, url: string, user: { id: string; name: string; email: string | null }, iterations: number): Promise<Result[]> {
  const port = 3615 + (kind === "postgres" ? 1 : 0);
  const server = await startNext(url, port, { LEADWELL_WORKER: "off" });
  const results: Result[] = [];
  try {
    const cookie = await sessionCookie(user);
    const cases = [
      { name: "GET /gamification", path: "/gamification", target: TARGETS.gamification as number | null, marker: "Achievements" },
      { name: "GET /rewards (shop and token history)", path: "/rewards", target: null, marker: "Token history" },
      { name: "GET /missions", path: "/missions", target: null, marker: "Last 7 days" },
      { name: "GET /boss", path: "/boss", target: null, marker: "Past bosses" },
      { name: "GET /goals", path: "/goals", target: null, marker: "How the recommendation works" },
      { name: "GET / (home dashboard with the game cards)", path: "/", target: null, marker: "Boss fight" },
    ];
    for (const c of cases) {
      const get = async () => {
        const response = await fetch(`http://127.0.0.1:${port}${c.path}`, { headers: { cookie } });
        const html = await response.text();
        if (response.status !== 200 || !html.includes(c.marker)) throw new Error(`GET ${c.path}: ${response.status}, ${html.includes(c.marker) ? "" : `no "${c.marker}" in the page`}`);
      };
      const timing = await measure(get, { warmup: WARMUP, iterations });
      const meetsTarget = kind === "sqlite" && c.target !== null ? timing.p95 <= c.target : null;
      results.push({ database: kind, case: c.name, timing, targetMs: c.target, meetsTarget });
      log(`  ${c.name}: p50 ${timing.p50.toFixed(0)} ms, p95 ${timing.p95.toFixed(0)} ms`);
    }
  } finally {
    await stopNext(server);
  }
  return results;
}

async function benchDatabase(kind: Kind, activities: number, iterations: number, partsOnly = false): Promise<Result[]> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  try {
    log(`\n[${kind}] writing the data set…`);
    const started = performance.now();
    const user = await seed(database.url, activities, new Date());
    log(`  data set written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const parts = await benchParts(kind, user, iterations);
    return partsOnly ? parts : [...(await benchPages(kind, database.url, user, iterations)), ...parts];
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

/** The engine's award figures (bench/results/gamification-award.json), when that benchmark has run. */
function awardFigures(): Array<{ database: string; case: string; timing: Timing; meetsTarget: boolean | null }> {
  const file = path.join(process.cwd(), "bench", "results", "gamification-award.json");
  if (!fs.existsSync(file)) return [];
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { results?: Array<{ database: string; case: string; timing: Timing; meetsTarget: boolean | null }> };
  return json.results ?? [];
}

async function main() {
  const { values } = parseArgs({
    options: {
      postgres: { type: "boolean", default: false },
      "postgres-only": { type: "boolean", default: false },
      activities: { type: "string", default: "50000" },
      iterations: { type: "string", default: "100" },
      "parts-only": { type: "boolean", default: false },
    },
  });
  if (!values["parts-only"] && !hasProductionBuild()) throw new Error("No production build in NEXT_DIST_DIR (default .next): run `npm run build` first.");
  const kinds: Kind[] = values["postgres-only"] ? ["postgres"] : values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: Result[] = [];
  for (const kind of kinds) results.push(...(await benchDatabase(kind, Number(values.activities), Number(values.iterations), values["parts-only"])));

  const verdict = (r: { meetsTarget: boolean | null; targetMs?: number | null }) => (r.meetsTarget === null ? (r.targetMs ? `(reported) ≤${r.targetMs}` : "(reported)") : `${r.meetsTarget ? "ok" : "MISSED"}${r.targetMs ? ` ≤${r.targetMs}` : ""}`);
  printTable(["db", "case", "p50 ms", "p95 ms", "target"], results.map((r) => [r.database, r.case, r.timing.p50.toFixed(0), r.timing.p95.toFixed(0), verdict(r)]), (i) => i >= 2 && i <= 3);
  const award = awardFigures();
  if (award.length) {
    console.log("\nAwarding (bench/results/gamification-award.json, from npm run bench:gamification-award):");
    printTable(["db", "case", "p50 ms", "p95 ms", "target"], award.map((r) => [r.database, r.case, r.timing.p50.toFixed(2), r.timing.p95.toFixed(2), verdict(r)]), (i) => i >= 2 && i <= 3);
  }
  const file = writeResults("gamification", { activities: Number(values.activities), iterations: Number(values.iterations), warmup: WARMUP, results, award });
  const missed = results.filter((r) => r.meetsTarget === false).length;
  console.log(`\n${missed ? `${missed} case(s) MISSED their target` : "all cases meet their targets"}; results in ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
