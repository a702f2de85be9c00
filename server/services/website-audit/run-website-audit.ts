import "server-only";
import { forEachConcurrently } from "@/lib/for-each-concurrently";
import type { WebsiteAuditPayload } from "@/lib/validation/website-audit";
import { getDb } from "@/server/db";
import type { JobContext } from "@/server/jobs/job-type";
import { createRobotsCache } from "@/server/http-client/robots";
import { auditWebsite, type WebsiteAuditResult } from "./audit-website";
import { recordWebsiteAudits } from "./record-website-audit";

/** Leads audited at once by one job (issue 13: concurrency 16); the per-host limiter still applies. */
export const AUDIT_CONCURRENCY = 16;

/** Audits stored per transaction: one commit per lead would make the disk's fsync the bottleneck. */
const WRITE_BATCH = 25;

/** Leads whose websites are read per query while auditing. */
const READ_CHUNK = 100;

/** A finished lead: its audit, or why it has none. */
type Outcome = { leadId: string; line: number; now: Date; result: WebsiteAuditResult | null; failure: string | null };

/**
 * The handler of a WEBSITE_AUDIT job: audits each lead of the payload (auditWebsite) AUDIT_CONCURRENCY
 * at a time, as the job's creator (null: the schedule), and stores the finished ones WRITE_BATCH at a
 * time, each batch with the job's progress in one transaction (recordWebsiteAudits). Resumable: a lead
 * that already has an audit of this job is skipped, so a later attempt audits only the rest. A lead
 * that is gone, or an audit that fails unexpectedly, is a row error (JobRowError: line = the lead's
 * position, raw = its id) and counts as failed; what a website does (down, too large, blocked) is the
 * audit's result, not an error. Cancellation is seen as each batch is stored.
 */
export async function runWebsiteAudit(context: JobContext<WebsiteAuditPayload>): Promise<void> {
  const db = getDb();
  const jobId = context.job.id;
  const candidates = await candidateLeadIds(context.payload, new Date());
  const done = new Set((await db.websiteAudit.findMany({ where: { jobId }, select: { leadId: true } })).map((row) => row.leadId));
  if (context.job.total === null) await context.setTotal(candidates.length + done.size);
  if (done.size) await context.log("info", `Resuming: ${done.size} leads were audited by an earlier attempt`);
  const todo = candidates.filter((id) => !done.has(id));
  const websiteOf = websiteReader(todo);
  const robots = createRobotsCache();
  const statuses: Record<string, number> = {};
  const finished: Outcome[] = [];
  let writing = Promise.resolve();
  // Batches are written one after another; a failed write rejects every later one (and the job).
  const flush = () => {
    const batch = finished.splice(0);
    if (batch.length) writing = writing.then(() => storeBatch(context, batch, statuses));
    return writing;
  };
  await forEachConcurrently(
    todo,
    AUDIT_CONCURRENCY,
    async (leadId, index) => {
      const lead = await websiteOf(index);
      const now = new Date();
      const outcome: Outcome = { leadId, line: index + 1, now, result: null, failure: lead ? null : "The lead no longer exists" };
      if (lead) {
        outcome.result = await auditWebsite(lead.website, { now, robots }).catch((error: unknown) => {
          outcome.failure = `The audit failed: ${error instanceof Error ? error.message : String(error)}`;
          return null;
        });
      }
      finished.push(outcome);
      if (finished.length >= WRITE_BATCH) await flush();
    },
    context.signal,
  );
  await flush();
  await context.checkpoint();
  const summary = Object.entries(statuses).map(([status, count]) => `${count} ${status.toLowerCase().replace("_", " ")}`);
  await context.log("info", `Audited ${todo.length} lead websites${summary.length ? `: ${summary.join(", ")}` : ""}`);
}

/**
 * The website of the lead at an index of `ids` (null: the lead is gone), read READ_CHUNK leads per
 * query as the indexes are asked for in order (as forEachConcurrently takes them): one query per
 * chunk instead of one per lead, and only the chunks in use are held.
 */
function websiteReader(ids: readonly string[]): (index: number) => Promise<{ website: string | null } | null> {
  const chunks = new Map<number, Promise<Map<string, string | null>>>();
  return async (index) => {
    const chunk = Math.floor(index / READ_CHUNK);
    let websites = chunks.get(chunk);
    if (!websites) {
      // Every index of the chunk before was asked for already: its readers hold the map they need.
      chunks.delete(chunk - 1);
      const rows = getDb().lead.findMany({ where: { id: { in: ids.slice(chunk * READ_CHUNK, (chunk + 1) * READ_CHUNK) } }, select: { id: true, website: true } });
      websites = rows.then((found) => new Map(found.map((row) => [row.id, row.website])));
      chunks.set(chunk, websites);
    }
    const found = await websites;
    return found.has(ids[index]) ? { website: found.get(ids[index]) ?? null } : null;
  };
}

/** Stores finished leads and their progress in one transaction. */
async function storeBatch(context: JobContext<WebsiteAuditPayload>, batch: Outcome[], statuses: Record<string, number>): Promise<void> {
  const jobId = context.job.id;
  const audited = batch.filter((outcome): outcome is Outcome & { result: WebsiteAuditResult } => outcome.result !== null);
  const gone = new Set<string>();
  await getDb().$transaction(async (tx) => {
    const auditIds = await recordWebsiteAudits(tx, audited, { actorId: context.job.createdById, jobId });
    audited.forEach((outcome, i) => auditIds[i] === null && gone.add(outcome.leadId));
    const failures = batch.flatMap((outcome) => {
      const reason = gone.has(outcome.leadId) ? "The lead no longer exists" : outcome.failure;
      return reason === null ? [] : [{ jobId, line: outcome.line, reason, raw: outcome.leadId }];
    });
    if (failures.length) await tx.jobRowError.createMany({ data: failures });
    await context.addProgress(tx, { processed: batch.length, updated: audited.length - gone.size, failed: failures.length });
  });
  for (const outcome of audited) {
    if (!gone.has(outcome.leadId)) statuses[outcome.result.status] = (statuses[outcome.result.status] ?? 0) + 1;
  }
}

/** The ids of the leads a payload names, in a stable order. */
async function candidateLeadIds(payload: WebsiteAuditPayload, now: Date): Promise<string[]> {
  if ("leadIds" in payload) return [...new Set(payload.leadIds)];
  const db = getDb();
  if ("sourceJobId" in payload) {
    const rows = await db.lead.findMany({ where: { sourceJobId: payload.sourceJobId }, select: { id: true }, orderBy: { id: "asc" } });
    return rows.map((row) => row.id);
  }
  const before = new Date(now.getTime() - payload.staleDays * 24 * 60 * 60 * 1000);
  const rows = await db.lead.findMany({
    where: { convertedAt: null, website: { not: null }, OR: [{ lastAuditedAt: null }, { lastAuditedAt: { lt: before } }] },
    select: { id: true },
    orderBy: [{ lastAuditedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: payload.limit,
  });
  return rows.map((row) => row.id);
}
