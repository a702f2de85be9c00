import "server-only";
import robotsParser from "robots-parser";
import { FetchRefusedError } from "./fetch-refused-error";
import { guardedFetch, type GuardedFetchOptions } from "./guarded-fetch";

/** The product token matched against robots.txt user-agent lines. */
export const ROBOTS_USER_AGENT = "Leadwell";

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB of a robots.txt; more is ignored. */
const ROBOTS_MAX_BYTES = 500 * 1024;

type RobotsRule = (url: string) => boolean;

/** robots.txt rules per origin, kept for one run (a job, a bench) so each site's file is fetched once. */
export type RobotsCache = Map<string, Promise<RobotsRule>>;

/** A new, empty robots.txt cache for one run. */
export function createRobotsCache(): RobotsCache {
  return new Map();
}

/**
 * Whether robots.txt lets Leadwell fetch a URL. The site's /robots.txt is fetched through
 * guardedFetch once per origin and cached in `cache`. Following RFC 9309 §2.3.1: a 4xx answer (no
 * file) allows everything; a 5xx answer disallows everything; a file is matched for the "Leadwell"
 * token, else "*". When the file cannot be fetched at all (refused address, DNS, connection) the URL
 * counts as allowed, so the page fetch itself reports why the site cannot be reached.
 * @param url - an absolute http(s) URL.
 * @param options - resolve hook passed on to guardedFetch (tests).
 */
export async function robotsAllows(url: string, cache: RobotsCache, options: Pick<GuardedFetchOptions, "resolve"> = {}): Promise<boolean> {
  const origin = new URL(url).origin;
  let rule = cache.get(origin);
  if (!rule) {
    rule = loadRobots(origin, options);
    cache.set(origin, rule);
  }
  return (await rule)(url);
}

async function loadRobots(origin: string, options: Pick<GuardedFetchOptions, "resolve">): Promise<RobotsRule> {
  const robotsUrl = `${origin}/robots.txt`;
  try {
    const response = await guardedFetch(robotsUrl, { accept: "text/plain", maxBytes: ROBOTS_MAX_BYTES, resolve: options.resolve });
    if (response.status >= 500) return () => false;
    if (response.status >= 400) return () => true;
    const robots = robotsParser(robotsUrl, response.body.toString("utf8"));
    return (target) => robots.isAllowed(target, ROBOTS_USER_AGENT) !== false;
  } catch (error) {
    if (error instanceof FetchRefusedError) return () => true;
    throw error;
  }
}
