/**
 * `npm run bench:scoring [-- --postgres | --postgres-only] [--leads=100000] [--activities=300000] [--email-events=100000]`
 *
 * Issue 12's lead scoring at size: rescoring every lead (what the nightly LEAD_SCORING job and a rule
 * change do, rescoreAllLeads) with the 14 default rules, on a fresh database of 100,000 generated
 * Google-Maps-like leads, 300,000 timeline activities over 18 months (touches, replies, stage changes)
 * and 100,000 email events over the last 90 days (opens, clicks, bounces, as the Resend webhooks
 * write them). Target on SQLite: ≤ 20 s for the 100,000 leads. Measures two runs: the first (every
 * lead's score, breakdown and temperature written, HOT notifications created) and the next night's
 * (a day later: decay moves the engagement points). PostgreSQL (`--postgres`) runs the same and
 * reports its figures. Writes bench/results/scoring.json.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { random } from "@/lib/random";
import { disconnectDb, getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { rescoreAllLeads } from "@/server/services/scoring/rescore-all-leads";
import { createTestDatabase } from "@/tests/support/test-database";
import { createBenchUsers } from "./bench-users";
import { insertDashboardActivities } from "./dashboard-data";
import { insertDemoLeads } from "./insert-demo-leads";
import { openRawDatabase, type Row } from "./raw-database";
import { printTable, writeResults } from "./report";

const SEED = 20261212;
const DAY_MS = 86_400_000;
const TARGET_MS = 20_000;
const NOW = new Date("2026-03-10T02:00:00Z");

type Kind = "sqlite" | "postgres";
type Sizes = { leads: number; activities: number; emailEvents: number };
type Result = { database: Kind; case: string; leads: number; ms: number; becameHot: number; targetMs: number | null; meetsTarget: boolean | null };

const log = (message: string) => process.stderr.write(`${message}\n`);
const rowId = (kind: string, n: number) => `c${createHash("sha1").update(`${SEED}:${kind}:${n}`).digest("hex").slice(0, 24)}`;

/** Opens, clicks and bounces on random leads over the last 90 days, as emailActivityRow writes them (no author). */
async function insertEmailEvents(raw: Awaited<ReturnType<typeof openRawDatabase>>, count: number, leadIds: string[]): Promise<void> {
  const next = random(SEED + 2);
  for (let start = 0; start < count; start += 20_000) {
    const rows: Row[] = [];
    for (let n = start; n < Math.min(count, start + 20_000); n++) {
      const at = new Date(NOW.getTime() - Math.floor(next() * 90 * DAY_MS));
      const roll = next();
      const type = roll < 0.7 ? "EMAIL_OPENED" : roll < 0.95 ? "EMAIL_CLICKED" : "EMAIL_BOUNCED";
      rows.push({ id: rowId("email-event", n), type, subject: "Your website", occurredAt: at, leadId: leadIds[Math.floor(next() * leadIds.length)], createdAt: at, updatedAt: at, data: JSON.stringify({ kind: type.slice(6).toLowerCase() }) });
    }
    await raw.insert("Activity", rows);
  }
}

async function run(kind: Kind, sizes: Sizes): Promise<Result[]> {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  try {
    log(`${kind}: seeding ${sizes.leads.toLocaleString("en")} leads…`);
    const db = getDb();
    const owners = await createBenchUsers();
    const pipelineId = await ensureLeadPipeline();
    const stages = await db.stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, probability: true } });
    const raw = await openRawDatabase(database.url);
    try {
      await insertDemoLeads({ raw, count: sizes.leads, seed: SEED, now: NOW, stageIds: Object.fromEntries(stages.map((s) => [s.name, s.id])), owners });
      const leadIds = ((await raw.query(`SELECT id FROM "Lead"`, [])) as Array<{ id: string }>).map((r) => r.id);
      log(`  ${sizes.activities.toLocaleString("en")} activities, ${sizes.emailEvents.toLocaleString("en")} email events…`);
      await insertDashboardActivities({ raw, count: sizes.activities, leadIds, leadStages: stages, owners, now: NOW, seed: SEED + 1 });
      await insertEmailEvents(raw, sizes.emailEvents, leadIds);
      await raw.query("ANALYZE", []);
    } finally {
      await raw.close();
    }
    await ensureDefaultScoringRules();
    const results: Result[] = [];
    for (const [name, now] of [
      ["rescore all (first: every score written)", NOW],
      ["rescore all (next night: decay)", new Date(NOW.getTime() + DAY_MS)],
    ] as const) {
      const started = performance.now();
      const outcome = await rescoreAllLeads({ now });
      const ms = performance.now() - started;
      const target = kind === "sqlite" ? TARGET_MS : null;
      results.push({ database: kind, case: name, leads: outcome.scored, ms: Math.round(ms), becameHot: outcome.becameHot, targetMs: target, meetsTarget: target === null ? null : ms <= target });
      log(`  ${name}: ${(ms / 1000).toFixed(1)} s for ${outcome.scored.toLocaleString("en")} leads (${outcome.becameHot} became HOT)`);
    }
    const temperatures = await db.lead.groupBy({ by: ["temperature"], _count: true });
    log(`  temperatures: ${temperatures.map((t) => `${t.temperature} ${t._count}`).join(", ")}`);
    return results;
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      postgres: { type: "boolean", default: false },
      "postgres-only": { type: "boolean", default: false },
      leads: { type: "string", default: "100000" },
      activities: { type: "string", default: "300000" },
      "email-events": { type: "string", default: "100000" },
    },
  });
  const sizes: Sizes = { leads: Number(values.leads), activities: Number(values.activities), emailEvents: Number(values["email-events"]) };
  const kinds: Kind[] = values["postgres-only"] ? ["postgres"] : values.postgres ? ["sqlite", "postgres"] : ["sqlite"];
  const results: Result[] = [];
  for (const kind of kinds) results.push(...(await run(kind, sizes)));
  printTable(
    ["database", "case", "leads", "seconds", "became HOT", "target", "meets"],
    results.map((r) => [r.database, r.case, r.leads.toLocaleString("en"), (r.ms / 1000).toFixed(1), String(r.becameHot), r.targetMs ? `≤ ${r.targetMs / 1000} s` : "—", r.meetsTarget === null ? "—" : r.meetsTarget ? "yes" : "NO"]),
    (i) => i >= 2 && i <= 4,
  );
  console.log(`\nwrote ${writeResults("scoring", { sizes, results })}`);
  if (results.some((r) => r.meetsTarget === false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
