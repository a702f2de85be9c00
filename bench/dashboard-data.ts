import { createHash } from "node:crypto";
import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import { dealSearchText } from "@/lib/deals/deal-search-text";
import { weightedValue } from "@/lib/deals/weighted-value";
import { random } from "@/lib/random";
import type { RawDatabase, Row } from "./raw-database";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows generated and written per round, to bound memory. */
const BATCH = 20_000;
const KINDS = ["HOSTING", "HOSTING", "SAAS", "SAAS", "RETAINER", "OTHER"] as const;
const PERIODS = ["MONTH", "MONTH", "MONTH", "QUARTER", "YEAR"] as const;
const PROJECT_STATUSES = ["QUOTED", "IN_PROGRESS", "COMPLETED", "PAID", "PAID", "PAID"] as const;

/** A stable cuid-like id for the n-th generated row of a kind, so runs with the same seed are identical. */
const rowId = (seed: number, kind: string, n: number) => `c${createHash("sha1").update(`${seed}:${kind}:${n}`).digest("hex").slice(0, 24)}`;

type Stage = { id: string; name: string; kind: "OPEN" | "WON" | "LOST"; probability: number };

/**
 * Bulk-inserts `count` activities on random leads over the 18 months before `now`, bypassing the
 * services for speed: three in four are outbound touches (every touch type), one in ten an
 * inbound reply, the rest STAGE_CHANGED entries moving a lead one open stage forward (or to Won or
 * Lost) with the `{ from, to }` data recordActivity writes. Authored by the lead's owner's pool.
 * @param leadIds - the leads to spread the activities over.
 * @param leadStages - the lead pipeline's stages in position order.
 */
export async function insertDashboardActivities({ raw, count, leadIds, leadStages, owners, now, seed }: { raw: Pick<RawDatabase, "insert">; count: number; leadIds: string[]; leadStages: Stage[]; owners: string[]; now: Date; seed: number }): Promise<void> {
  const next = random(seed);
  const open = leadStages.filter((s) => s.kind === "OPEN");
  const won = leadStages.find((s) => s.kind === "WON")!;
  const lost = leadStages.find((s) => s.kind === "LOST")!;
  for (let start = 0; start < count; start += BATCH) {
    const rows: Row[] = [];
    for (let n = start; n < Math.min(count, start + BATCH); n++) {
      const at = new Date(now.getTime() - Math.floor(next() * 540 * DAY_MS));
      const roll = next();
      const leadId = leadIds[Math.floor(next() * leadIds.length)];
      // Every row names the same columns: a multi-row insert takes its columns from the first.
      const base = { id: rowId(seed, "activity", n), occurredAt: at, leadId, authorId: owners[n % owners.length], createdAt: at, updatedAt: at, outcome: null, data: null };
      if (roll < 0.75) {
        rows.push({ ...base, type: TOUCH_TYPES[Math.floor(next() * TOUCH_TYPES.length)], direction: "OUTBOUND", outcome: next() < 0.5 ? "CONTACTED" : null, subject: `Touch ${n}` });
      } else if (roll < 0.85) {
        rows.push({ ...base, type: next() < 0.6 ? "EMAIL" : "CALL", direction: "INBOUND", subject: `Reply ${n}` });
      } else {
        const from = Math.floor(next() * (open.length - 1));
        const to = next() < 0.85 ? open[from + 1] : next() < 0.4 ? won : lost;
        rows.push({ ...base, type: "STAGE_CHANGED", direction: null, subject: `${open[from].name} → ${to.name}`, data: JSON.stringify({ from: { id: open[from].id, name: open[from].name }, to: { id: to.id, name: to.name } }) });
      }
    }
    await raw.insert("Activity", rows);
  }
}

/**
 * Bulk-inserts `count` deals over the stages of the deal pipelines (one in four closed: won or
 * lost in the last 12 months, with closedAt), each with a company of its own pool.
 * @param pipelines - each deal pipeline with its stages.
 */
export async function insertDashboardDeals({ raw, count, pipelines, owners, now, seed }: { raw: Pick<RawDatabase, "insert">; count: number; pipelines: Array<{ id: string; stages: Stage[] }>; owners: string[]; now: Date; seed: number }): Promise<void> {
  const next = random(seed);
  const companies: Row[] = Array.from({ length: Math.ceil(count / 10) }, (_, n) => ({ id: rowId(seed, "deal-company", n), name: `Prospect ${n}`, status: "PROSPECT", createdAt: now, updatedAt: now }));
  await raw.insert("Company", companies);
  const rows: Row[] = [];
  for (let n = 0; n < count; n++) {
    const pipeline = pipelines[n % pipelines.length];
    const closed = next() < 0.25;
    const candidates = pipeline.stages.filter((s) => (closed ? s.kind !== "OPEN" : s.kind === "OPEN"));
    const stage = candidates[Math.floor(next() * candidates.length)];
    const company = companies[Math.floor(next() * companies.length)];
    const value = 50_000 + Math.floor(next() * 1_500_000);
    const closedAt = closed ? new Date(now.getTime() - Math.floor(next() * 365 * DAY_MS)) : null;
    // A closed deal was open 10–120 days (its sales cycle) before it closed.
    const createdAt = new Date((closedAt ?? now).getTime() - Math.floor((closedAt ? 10 + next() * 110 : next() * 400) * DAY_MS));
    const title = `Deal ${n}`;
    rows.push({
      id: rowId(seed, "deal", n),
      title,
      value,
      currency: n % 25 === 0 ? "USD" : "EUR",
      probability: stage.probability,
      probabilityOverridden: false,
      weightedValue: weightedValue(value, stage.probability),
      expectedCloseAt: closed ? null : new Date(now.getTime() + Math.floor(next() * 150 - 30) * DAY_MS),
      pipelineId: pipeline.id,
      stageId: stage.id,
      position: "a0",
      stageChangedAt: closedAt ?? createdAt,
      closedAt,
      companyId: company.id as string,
      ownerId: owners[n % owners.length],
      searchText: dealSearchText({ title, companyName: company.name as string }),
      createdAt,
      updatedAt: closedAt ?? createdAt,
    });
  }
  for (let start = 0; start < rows.length; start += BATCH) await raw.insert("Deal", rows.slice(start, start + BATCH));
}

/**
 * Bulk-inserts `count` client companies with 1–3 recurring lines each (hosting, SaaS, retainers;
 * monthly, quarterly and annual; some ended, some replaced by a bigger or smaller line) and 1–3
 * projects (quoted to paid) over the 18 months before `now`. The companies' kept revenue figures
 * (Company.mrr …) are left at 0: the dashboard computes its own from the lines.
 */
export async function insertDashboardClients({ raw, count, owners, now, seed }: { raw: Pick<RawDatabase, "insert">; count: number; owners: string[]; now: Date; seed: number }): Promise<void> {
  const next = random(seed);
  const companies: Row[] = [];
  const lines: Row[] = [];
  const projects: Row[] = [];
  for (let n = 0; n < count; n++) {
    const id = rowId(seed, "client", n);
    const createdAt = new Date(now.getTime() - Math.floor(next() * 540 * DAY_MS));
    companies.push({ id, name: `Client ${n}`, status: "CLIENT", ownerId: owners[n % owners.length], createdAt, updatedAt: createdAt });
    for (let l = 1 + Math.floor(next() * 3); l > 0; l--) {
      const startsAt = new Date(createdAt.getTime() + Math.floor(next() * 60 * DAY_MS));
      const ended = next() < 0.2;
      const endsAt = ended ? new Date(startsAt.getTime() + Math.floor(30 + next() * 300) * DAY_MS) : null;
      const period = PERIODS[Math.floor(next() * PERIODS.length)];
      const monthly = 2_000 + Math.floor(next() * 30_000);
      const amount = monthly * (period === "YEAR" ? 12 : period === "QUARTER" ? 3 : 1);
      const row = { companyId: id, kind: KINDS[Math.floor(next() * KINDS.length)], amount, currency: n % 30 === 0 ? "USD" : "EUR", billingPeriod: period, createdAt: startsAt, updatedAt: startsAt };
      lines.push({ ...row, id: rowId(seed, "line", lines.length), startsAt, endsAt });
      // An upgrade or downgrade: the ended line is replaced by one 30 % bigger or smaller.
      if (ended && next() < 0.4) lines.push({ ...row, id: rowId(seed, "line", lines.length), amount: Math.round(amount * (next() < 0.6 ? 1.3 : 0.7)), startsAt: endsAt, endsAt: null });
    }
    for (let p = 1 + Math.floor(next() * 3); p > 0; p--) {
      const status = PROJECT_STATUSES[Math.floor(next() * PROJECT_STATUSES.length)];
      const startedAt = new Date(createdAt.getTime() + Math.floor(next() * 90 * DAY_MS));
      const paidAt = status === "PAID" ? new Date(Math.min(now.getTime(), startedAt.getTime() + Math.floor(next() * 60 * DAY_MS))) : null;
      projects.push({
        id: rowId(seed, "project", projects.length),
        name: `Project ${projects.length}`,
        companyId: id,
        amount: 50_000 + Math.floor(next() * 800_000),
        currency: n % 30 === 0 ? "USD" : "EUR",
        status,
        startedAt,
        completedAt: status === "COMPLETED" || status === "PAID" ? (paidAt ?? startedAt) : null,
        paidAt,
        paymentDueAt: status === "PAID" ? null : new Date(now.getTime() + Math.floor(next() * 100) * DAY_MS),
        ownerId: owners[n % owners.length],
        createdAt: startedAt,
        updatedAt: startedAt,
      });
    }
  }
  await raw.insert("Company", companies);
  await raw.insert("RecurringLine", lines);
  await raw.insert("Project", projects);
}
