import "server-only";
import type { LinkResult } from "@/lib/audit/website-checks";
import { FetchRefusedError, guardedFetch, type GuardedFetchOptions } from "@/server/http-client/guarded-fetch";
import { robotsAllows, type RobotsCache } from "@/server/http-client/robots";

/** Internal links checked per audit (issue 13: "the first 20"). */
export const MAX_LINKS_CHECKED = 20;

/**
 * Checks the first MAX_LINKS_CHECKED internal links of a page that robots.txt allows: HEAD, then GET
 * when the server does not do HEAD (405, 501). Requests run at once; guardedFetch's per-host limiter
 * keeps them to two at a time. A body over the size cap still counts as an answer.
 * @param links - absolute same-site URLs in page order.
 */
export async function checkInternalLinks(
  links: readonly string[],
  options: { robots: RobotsCache; resolve?: GuardedFetchOptions["resolve"] },
): Promise<LinkResult[]> {
  const allowed: string[] = [];
  for (const link of links) {
    if (allowed.length >= MAX_LINKS_CHECKED) break;
    if (await robotsAllows(link, options.robots, { resolve: options.resolve })) allowed.push(link);
  }
  return Promise.all(allowed.map((link) => checkLink(link, options.resolve)));
}

async function checkLink(url: string, resolve: GuardedFetchOptions["resolve"]): Promise<LinkResult> {
  try {
    let response = await guardedFetch(url, { method: "HEAD", resolve });
    // Only the status counts: the body is dropped as it arrives (onData), not kept.
    if (response.status === 405 || response.status === 501) response = await guardedFetch(url, { resolve, onData: () => {} });
    return { url, status: response.status, error: null };
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    if (error.reason === "too_large") return { url, status: 200, error: null };
    return { url, status: null, error: error.reason.replaceAll("_", " ") };
  }
}
