import { z } from "zod";
import { parseFeed } from "@/lib/lead-generation/feed-items";
import { matchKeywords } from "@/lib/lead-generation/match-keywords";
import { recordIdSchema } from "@/lib/validation/common";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { defineJobType, type JobContext } from "@/server/jobs/job-type";
import { findSystemImportActor } from "@/server/services/imports/find-system-import-actor";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { fetchFromSource, sourceFetch, type SourceFetch } from "./fetch-source";
import { recordFeedSignal } from "./record-feed-signal";

/** Largest feed read, in bytes. */
const MAX_FEED_BYTES = 5 * 1024 * 1024;

const stringList = z.array(z.string());

/**
 * The feed URL a monitor reads: a FEED's own URL, or for REDDIT the public RSS of a search sorted
 * by newest (`<REDDIT_BASE_URL or https://www.reddit.com>/search.rss?q=…&sort=new`).
 */
export function monitorFeedUrl(monitor: { kind: "FEED" | "REDDIT"; url: string }, env: NodeJS.ProcessEnv = process.env): string {
  if (monitor.kind === "FEED") return monitor.url;
  const base = (env.REDDIT_BASE_URL?.trim() || "https://www.reddit.com").replace(/\/+$/, "");
  return `${base}/search.rss?${new URLSearchParams({ q: monitor.url, sort: "new" })}`;
}

async function runKeywordMonitor(context: JobContext<{ monitorId: string }>, fetch: SourceFetch): Promise<void> {
  const db = getDb();
  const monitor = await db.keywordMonitor.findUnique({ where: { id: context.payload.monitorId } });
  if (!monitor) throw new NotFoundError("Keyword monitor");
  const feedUrl = monitorFeedUrl(monitor);
  const response = await fetchFromSource(fetch, feedUrl, `The feed of monitor "${monitor.name}"`, {
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9",
    maxBytes: MAX_FEED_BYTES,
  });
  const feed = parseFeed(response.body.toString("utf8"));
  if (!feed.ok) throw new ValidationError(`The feed at ${feedUrl} could not be read: ${feed.error}`);
  const keywords = stringList.parse(monitor.keywords);
  const negative = stringList.parse(monitor.negativeKeywords);
  const matching = feed.items.flatMap((item) => {
    const matched = matchKeywords(`${item.title} ${item.text}`, keywords, negative);
    return matched.length ? [{ item, matched }] : [];
  });
  await context.log("info", `${feed.items.length} posts read, ${matching.length} match`);
  const known = new Set(
    (await db.leadSignal.findMany({ where: { url: { in: matching.map((m) => m.item.url) } }, select: { url: true } })).map((signal) => signal.url),
  );
  const fresh = matching.filter((m, index) => !known.has(m.item.url) && matching.findIndex((other) => other.item.url === m.item.url) === index);
  await context.setTotal(feed.items.length);
  const creatorId = context.job.createdById ?? monitor.createdById;
  const actor = creatorId
    ? await db.user.findUnique({ where: { id: creatorId }, select: { id: true, timeZone: true } })
    : await findSystemImportActor();
  const stageId = await firstLeadStageId();
  const feedHost = new URL(feedUrl).hostname;
  for (const { item, matched } of fresh) {
    await db.$transaction(async (tx) => {
      const outcome = await recordFeedSignal(tx, { item, matched, monitor, jobId: context.job.id, feedHost, actor, stageId });
      await context.addProgress(tx, { processed: 1, created: outcome === "created-lead" ? 1 : 0, updated: outcome === "matched-lead" ? 1 : 0 });
    });
  }
  await db.$transaction(async (tx) => {
    await context.addProgress(tx, { processed: feed.items.length - fresh.length, skipped: matching.length - fresh.length });
    await tx.keywordMonitor.update({ where: { id: monitor.id }, data: { lastRunAt: new Date(), lastJobId: context.job.id } });
  });
}

/**
 * The KEYWORD_MONITOR job type with a given HTTP client: reads a monitor's feed (RSS/Atom, or a
 * Reddit search's RSS) through the guarded client, keeps the posts that match a keyword and no
 * negative keyword, and records each post not seen before (signals are unique by URL) as a signal
 * on its lead (recordFeedSignal). Counts: processed = posts read, created = new leads, updated =
 * signals on existing leads, skipped = matching posts already recorded. A body that is not an
 * RSS or Atom feed fails the job with a clear error.
 */
export function keywordMonitorJobType({ fetch = sourceFetch }: { fetch?: SourceFetch } = {}) {
  return defineJobType({
    type: "KEYWORD_MONITOR",
    payload: z.object({ monitorId: recordIdSchema }),
    concurrency: 2,
    handler: (context) => runKeywordMonitor(context, fetch),
  });
}

/** The KEYWORD_MONITOR job type workers run. */
export const keywordMonitorJob = keywordMonitorJobType();
