import { computeScore, effectiveScore, temperatureOf, type ScoreBreakdownEntry } from "@/lib/scoring/compute-score";
import type { LeadFacts, ScoredActivity } from "@/lib/scoring/rule-keys";
import type { Temperature, WebsiteIssue } from "@/lib/enums";
import { isPostgres, type Tx } from "@/server/db";
import { createNotification } from "@/server/services/notifications/create-notification";
import { loadScoringConfig, type ScoringConfig } from "./scoring-config";

const DAY_MS = 86_400_000;

/** Leads read and written per statement: within SQLite's and PostgreSQL's bound-parameter limits. */
export const RESCORE_CHUNK = 4_000;

/** The lead columns read, in this order (one JSON array per lead). */
const LEAD_COLUMNS = ["id", "name", "ownerId", "rating", "reviewCount", "hasWebsite", "websiteIssueKeys", "niche", "city", "email", "phone", "createdAt", "score", "temperature", "scoreOverride", "scoreBreakdown"] as const;
type LeadRow = [
  id: string,
  name: string,
  ownerId: string | null,
  rating: number | null,
  reviewCount: number | null,
  hasWebsite: boolean | number,
  websiteIssueKeys: string,
  niche: string | null,
  city: string | null,
  email: string | null,
  phone: string | null,
  createdAt: string | number,
  score: number,
  temperature: Temperature,
  scoreOverride: number | null,
  scoreBreakdown: string | null,
];
type ActivityRow = [leadId: string, type: string, direction: string | null, outcome: string | null, occurredAt: string | number];

/** What a rescore did: leads scored, and those that became HOT (their owners were notified). */
export type RescoreResult = { scored: number; becameHot: string[] };

/** An instant as JSON gives it: SQLite's stored text has an offset; PostgreSQL's `timestamp` has none and is UTC. */
const asDate = (value: string | number) => new Date(typeof value === "number" || /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
const issuesOf = (keys: string) => keys.split("|").filter(Boolean) as WebsiteIssue[];

/**
 * Runs a query that answers one row with one column `rows`: a JSON array of row arrays. Reading a
 * chunk as one JSON text and parsing it in one JSON.parse is several times faster than handing
 * every cell through the driver adapter (measured by `npm run bench:scoring`).
 */
async function readJsonRows<T>(tx: Tx, sql: string, ...params: unknown[]): Promise<T[]> {
  const [row] = await tx.$queryRawUnsafe<Array<{ rows: string | null }>>(sql, ...params);
  return row?.rows ? (JSON.parse(row.rows) as T[]) : [];
}

/** Reads what scoring needs of `ids`: one statement for the leads, one for their activities within the longest engagement window. */
async function readChunk(tx: Tx, ids: readonly string[], config: ScoringConfig, now: Date) {
  const postgres = isPostgres();
  const idList = JSON.stringify(ids);
  const leads = postgres
    ? await readJsonRows<LeadRow>(
        tx,
        `SELECT json_agg(json_build_array(${LEAD_COLUMNS.map((c) => (c === "scoreBreakdown" ? `"${c}"::text` : `"${c}"`)).join(", ")}))::text AS "rows"
         FROM "Lead" WHERE "id" IN (SELECT jsonb_array_elements_text($1::jsonb))`,
        idList,
      )
    : await readJsonRows<LeadRow>(tx, `SELECT json_group_array(json_array(${LEAD_COLUMNS.map((c) => `"${c}"`).join(", ")})) AS "rows" FROM "Lead" WHERE "id" IN (SELECT value FROM json_each(?))`, idList);
  const windowDays = Math.max(0, ...config.rules.filter((r) => r.kind === "ENGAGEMENT").map((r) => r.windowDays ?? 0));
  if (!windowDays) return { leads, activities: [] as ActivityRow[] };
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  const activities = postgres
    ? await readJsonRows<ActivityRow>(
        tx,
        `SELECT json_agg(json_build_array("leadId", "type", "direction", "outcome", "occurredAt"))::text AS "rows" FROM "Activity"
         WHERE "leadId" IN (SELECT jsonb_array_elements_text($1::jsonb)) AND "occurredAt" > $2 AND "occurredAt" <= $3`,
        idList,
        since,
        now,
      )
    : await readJsonRows<ActivityRow>(
        tx,
        `SELECT json_group_array(json_array("leadId", "type", "direction", "outcome", "occurredAt")) AS "rows" FROM "Activity"
         WHERE "leadId" IN (SELECT value FROM json_each(?)) AND "occurredAt" > ? AND "occurredAt" <= ?`,
        idList,
        since,
        now,
      );
  return { leads, activities };
}

type ScoreRow = { id: string; score: number; temperature: Temperature; breakdown: ScoreBreakdownEntry[] };

/** JSON text with object keys sorted, so a breakdown read back from jsonb (which reorders keys) compares equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** Whether the stored breakdown (JSON text; SQLite keeps what was written, jsonb its own form) is `breakdown`. */
function sameBreakdown(stored: string | null, breakdown: ScoreBreakdownEntry[]): boolean {
  if (stored === null) return false;
  const written = JSON.stringify(breakdown);
  return stored === written || canonicalJson(JSON.parse(stored)) === canonicalJson(breakdown);
}

/** Which columns a group of rows changed: the temperature (and score), the score alone, or only the breakdown. */
type ChangedColumns = "temperature" | "score" | "breakdown";

/**
 * Writes the scores of a chunk, rows as one JSON parameter per statement (as insertRows does), setting
 * only the columns that changed (besides the breakdown and scoredAt): an UPDATE that sets a column
 * rewrites every index holding it, and temperature sits in the leads list's widest index
 * (Lead_list_idx), score in Lead_score_idx.
 */
async function writeChunk(tx: Tx, rows: ScoreRow[], changed: ChangedColumns, now: Date): Promise<void> {
  if (!rows.length) return;
  const columns = changed === "temperature" ? ["score", "temperature"] : changed === "score" ? ["score"] : [];
  if (isPostgres()) {
    const set = columns.map((c) => `"${c}" = j."${c}", `).join("");
    await tx.$executeRawUnsafe(
      `UPDATE "Lead" AS l SET ${set}"scoreBreakdown" = j."breakdown", "scoredAt" = $1
       FROM jsonb_to_recordset($2::jsonb) AS j("id" text, "score" integer, "temperature" "Temperature", "breakdown" jsonb)
       WHERE l."id" = j."id"`,
      now,
      JSON.stringify(rows),
    );
    return;
  }
  const set = columns.map((c) => `"${c}" = j.value ->> ${c === "score" ? 1 : 2}, `).join("");
  await tx.$executeRawUnsafe(
    `UPDATE "Lead" SET ${set}"scoreBreakdown" = j.value ->> 3, "scoredAt" = ?
     FROM json_each(?) AS j WHERE "Lead"."id" = j.value ->> 0`,
    now,
    JSON.stringify(rows.map((r) => [r.id, r.score, r.temperature, JSON.stringify(r.breakdown)])),
  );
}

/**
 * Recomputes the score, temperature and breakdown of the leads `leadIds` inside `tx` (issue 12),
 * set-based: per chunk of RESCORE_CHUNK leads one read of the leads, one of their activities within
 * the longest engagement window, and one UPDATE. The stored score is the override when one is set
 * (the breakdown stays the computed one); the temperature follows the stored score. A lead that was
 * not HOT and now is gets one LEAD_HOT notification for its owner, in the same transaction.
 * Unknown ids are skipped. Only leads whose score, temperature or breakdown changed are written, with
 * `scoredAt` = `now` (so scoredAt is when the stored score last changed); `updatedAt` is left alone
 * (a rescore is not an edit).
 * @param config - the rules and settings (loaded from `tx` when not given).
 * @param now - the instant scored (engagement decays to it).
 */
export async function rescoreLeads(tx: Tx, leadIds: readonly string[], now: Date, config?: ScoringConfig): Promise<RescoreResult> {
  const ids = [...new Set(leadIds)];
  const result: RescoreResult = { scored: 0, becameHot: [] };
  if (!ids.length) return result;
  const scoring = config ?? (await loadScoringConfig(tx));
  for (let start = 0; start < ids.length; start += RESCORE_CHUNK) {
    const { leads, activities } = await readChunk(tx, ids.slice(start, start + RESCORE_CHUNK), scoring, now);
    const byLead = new Map<string, ScoredActivity[]>();
    for (const [leadId, type, direction, outcome, occurredAt] of activities) {
      const activity = { type, direction, outcome, occurredAt: asDate(occurredAt) };
      const list = byLead.get(leadId);
      if (list) list.push(activity);
      else byLead.set(leadId, [activity]);
    }
    const changes: Record<ChangedColumns, ScoreRow[]> = { temperature: [], score: [], breakdown: [] };
    const hot: Array<{ lead: { id: string; name: string; ownerId: string | null }; row: ScoreRow }> = [];
    for (const [id, name, ownerId, rating, reviewCount, hasWebsite, websiteIssueKeys, niche, city, email, phone, createdAt, storedScore, storedTemperature, scoreOverride, storedBreakdown] of leads) {
      const facts: LeadFacts = {
        rating: rating === null ? null : Number(rating),
        reviewCount: reviewCount === null ? null : Number(reviewCount),
        hasWebsite: Boolean(hasWebsite),
        websiteIssues: issuesOf(websiteIssueKeys),
        niche,
        city,
        email,
        phone,
        createdAt: asDate(createdAt),
      };
      const computed = computeScore({ rules: scoring.rules, settings: scoring.settings, facts, activities: byLead.get(id) ?? [], now });
      const score = effectiveScore(computed.score, scoreOverride === null ? null : Number(scoreOverride));
      const temperature = temperatureOf(score, scoring.settings);
      const row = { id, score, temperature, breakdown: computed.breakdown };
      if (storedTemperature !== temperature) changes.temperature.push(row);
      else if (Number(storedScore) !== score) changes.score.push(row);
      else if (!sameBreakdown(storedBreakdown, row.breakdown)) changes.breakdown.push(row);
      if (temperature === "HOT" && storedTemperature !== "HOT") hot.push({ lead: { id, name, ownerId }, row });
    }
    for (const [columns, rows] of Object.entries(changes)) await writeChunk(tx, rows, columns as ChangedColumns, now);
    for (const { lead, row } of hot) {
      result.becameHot.push(lead.id);
      if (!lead.ownerId) continue;
      const top = [...row.breakdown].sort((a, b) => b.points - a.points)[0];
      await createNotification(
        tx,
        { userId: lead.ownerId, kind: "LEAD_HOT", title: `${lead.name} is HOT`, body: `Score ${row.score}${top ? ` — ${top.name} (+${top.points})` : ""}`, href: `/leads/${lead.id}` },
        now,
      );
    }
    result.scored += leads.length;
  }
  return result;
}
