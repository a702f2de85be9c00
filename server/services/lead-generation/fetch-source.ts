import "server-only";
import { ValidationError } from "@/server/errors";
import { FetchRefusedError, guardedFetch, type GuardedFetchOptions, type GuardedResponse } from "@/server/http-client/guarded-fetch";

/** The HTTP client the lead-generation jobs use: guardedFetch, injectable so tests can wrap it. */
export type SourceFetch = (url: string, options?: GuardedFetchOptions) => Promise<GuardedResponse>;

/** The production client: every outbound request of a lead source goes through guardedFetch. */
export const sourceFetch: SourceFetch = guardedFetch;

/**
 * Requests `url` from a lead source (a Google Maps scraper, a feed, a file) and returns its answer
 * when the status is 2xx.
 * @param what - names the source in error messages ("The Google Maps scraper").
 * @throws ValidationError (the job fails with this message; a retry would not help) when the
 *   request is refused or fails (FetchRefusedError: a private address, a timeout, a body over the
 *   cap, a connection refused…) or the answer is not 2xx.
 */
export async function fetchFromSource(fetch: SourceFetch, url: string, what: string, options: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  let response: GuardedResponse;
  try {
    response = await fetch(url, options);
  } catch (error) {
    if (error instanceof FetchRefusedError) throw new ValidationError(`${what} could not be reached: ${error.message}`);
    throw error;
  }
  if (response.status < 200 || response.status > 299) {
    const detail = response.body.toString("utf8", 0, 200).trim();
    throw new ValidationError(`${what} answered HTTP ${response.status} for ${url}${detail ? `: ${detail}` : ""}`);
  }
  return response;
}
