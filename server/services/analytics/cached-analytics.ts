import "server-only";
import type { AnalyticsScope } from "@/lib/analytics/analytics-filters";
import { getAnalytics, type Analytics } from "./get-analytics";

/** How long computed analytics are served before they are computed again. */
export const ANALYTICS_TTL_MS = 5 * 60_000;
/** Most scopes (filter combinations) kept per server process; the oldest goes first. */
const MAX_ENTRIES = 50;

type Entry = { computedAt: Date; analytics: Promise<Analytics> };
const globalForCache = globalThis as unknown as { leadwellAnalyticsCache?: Map<string, Entry> };
const cache = (globalForCache.leadwellAnalyticsCache ??= new Map<string, Entry>());

/** The cache key of a scope: everything but the clock (`to` already names the day it ends). */
function keyOf(scope: AnalyticsScope): string {
  const fields = (Object.keys(scope) as Array<keyof AnalyticsScope>).filter((field) => field !== "now").sort();
  return JSON.stringify(scope, fields);
}

/**
 * The /analytics figures of `scope` (getAnalytics), computed at most once per ANALYTICS_TTL_MS per
 * scope in this server process and shared by the requests that arrive meanwhile, with the instant
 * they were computed (the page shows it, and offers to compute them again). Reading every
 * activity of a year per request is too slow for a page (the per-lead channel figures take seconds
 * on 500,000 activities, see `npm run bench:dashboard`); figures a few minutes old are what
 * reporting tools commonly show. A computation that fails is not kept.
 * @param fresh - compute again now, whatever the age of the kept figures.
 */
export async function getCachedAnalytics(scope: AnalyticsScope, { fresh = false }: { fresh?: boolean } = {}): Promise<{ analytics: Analytics; computedAt: Date }> {
  const key = keyOf(scope);
  const kept = cache.get(key);
  if (kept && !fresh && scope.now.getTime() - kept.computedAt.getTime() < ANALYTICS_TTL_MS) return { analytics: await kept.analytics, computedAt: kept.computedAt };
  const entry: Entry = { computedAt: scope.now, analytics: getAnalytics(scope) };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  entry.analytics.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return { analytics: await entry.analytics, computedAt: entry.computedAt };
}

/** Forgets every kept computation of this process, so the next view computes its figures again. */
export function clearAnalyticsCache(): void {
  cache.clear();
}
