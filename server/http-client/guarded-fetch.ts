import "server-only";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isAllowedAddress, loopbackFetchAllowed } from "./address-policy";
import { FetchRefusedError } from "./fetch-refused-error";
import { guardedLookup, systemResolver, type HostResolver } from "./guarded-lookup";
import { acquireHostSlot } from "./host-limiter";
import { LEADWELL_USER_AGENT } from "./user-agent";

export { FetchRefusedError, type FetchRefusedReason } from "./fetch-refused-error";

/** Default caps of guardedFetch. */
export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

export type GuardedFetchOptions = {
  method?: "GET" | "POST" | "HEAD";
  headers?: Record<string, string>;
  body?: string;
  /** Time cap of each request (one hop of a redirect chain), from connect to the last body byte, in ms (default 10 s). */
  timeoutMs?: number;
  /** Body size cap in bytes (default 2 MiB); a larger body is refused ("too_large") without being read further. */
  maxBytes?: number;
  /** Redirects followed at most (default 5); one more is refused ("too_many_redirects"). */
  maxRedirects?: number;
  /** The Accept header (default: HTML first, anything else after). */
  accept?: string;
  /** Resolves host names (the system resolver by default; tests inject one to prove DNS answers are checked). */
  resolve?: HostResolver;
  /**
   * Takes the final response's body chunk by chunk as it arrives (within maxBytes), instead of it
   * being kept: the response's `body` is then empty. Lets a caller parse a page while it downloads
   * (website audits) or ignore a body it does not need, without holding up to maxBytes per request.
   */
  onData?: (chunk: Buffer) => void;
};

export type GuardedResponse = {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  /** The body as received (Accept-Encoding: identity, so uncompressed); empty for HEAD and with `onData`. */
  body: Buffer;
  /** Every URL redirected to, in order (the last one is `url`). */
  redirects: string[];
  /** Time spent on the requests (connect to last byte, all hops), in ms; waiting for a host slot is not counted. */
  elapsedMs: number;
};

type Hop = { status: number; headers: Headers; body: Buffer; elapsedMs: number };

/**
 * The one HTTP client for outbound requests to addresses that users or sources supply (website
 * audits, feeds, imports from a URL). Rules (issue 13):
 * - http and https only;
 * - the host's resolved addresses are checked before connecting, and again for every redirect (followed
 *   by hand): only public unicast addresses (isAllowedAddress) — no private, loopback, link-local,
 *   unique-local, CGNAT, multicast or cloud-metadata addresses. The socket connects to the address that
 *   was checked (a custom `lookup`), so DNS rebinding cannot slip through. Loopback only with the
 *   test-only setting (loopbackFetchAllowed);
 * - caps: timeoutMs per request, maxBytes of body, maxRedirects;
 * - the Leadwell User-Agent; at most 2 requests at once per host with a politeness delay (host-limiter).
 * Any status is returned (a 404 is a response, not an error).
 * @param url - an absolute http(s) URL.
 * @throws FetchRefusedError with its reason: protocol, invalid_url, private_address, dns, connection,
 *   timeout, too_large, too_many_redirects.
 */
export async function guardedFetch(url: string | URL, options: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowLoopback = loopbackFetchAllowed();
  let current = checkedUrl(String(url));
  let method = options.method ?? "GET";
  let body = options.body;
  const redirects: string[] = [];
  let elapsedMs = 0;
  for (;;) {
    const hop = await requestOnce(current, { ...options, method, body }, allowLoopback);
    elapsedMs += hop.elapsedMs;
    const location = redirectTarget(hop.status, hop.headers);
    if (location) {
      if (redirects.length >= maxRedirects) {
        throw new FetchRefusedError("too_many_redirects", `${String(url)} redirected more than ${maxRedirects} times`, String(url));
      }
      current = checkedUrl(new URL(location, current).href);
      redirects.push(current.href);
      if (hop.status === 303 || (method === "POST" && (hop.status === 301 || hop.status === 302))) {
        method = "GET";
        body = undefined;
      }
      continue;
    }
    return { url: current.href, status: hop.status, headers: hop.headers, body: hop.body, redirects, elapsedMs: Math.round(elapsedMs) };
  }
}

/** Where a response redirects to (its Location, for a 3xx other than 304), or null. */
function redirectTarget(status: number, headers: Headers): string | null {
  return status >= 300 && status < 400 && status !== 304 ? headers.get("location") : null;
}

/** Parses a URL and refuses anything but http(s). */
function checkedUrl(raw: string): URL {
  if (!URL.canParse(raw)) throw new FetchRefusedError("invalid_url", `${raw} is not a URL`, raw);
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError("protocol", `${raw} uses ${url.protocol.replace(":", "")}; only http and https are fetched`, raw);
  }
  return url;
}

/** Sends one request (no redirect following) under a host slot and reads its body within the caps. */
async function requestOnce(url: URL, options: GuardedFetchOptions, allowLoopback: boolean): Promise<Hop> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(hostname) && !isAllowedAddress(hostname, allowLoopback)) {
    throw new FetchRefusedError("private_address", `${hostname} is not a public address`, url.href);
  }
  const release = await acquireHostSlot(url.host);
  try {
    return await send(url, hostname, options, allowLoopback);
  } finally {
    release();
  }
}

function send(url: URL, hostname: string, options: GuardedFetchOptions, allowLoopback: boolean): Promise<Hop> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const method = options.method ?? "GET";
  const started = performance.now();
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    // asIs: the error is the caller's (a failing onData), passed on unchanged rather than as a refusal.
    const finish = (error: Error | null, hop?: Hop, asIs = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        request.destroy();
        reject(asIs ? error : asRefusal(error, url.href));
      } else resolve(hop!);
    };
    const request = (url.protocol === "https:" ? https : http).request(
      {
        protocol: url.protocol,
        hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method,
        servername: net.isIP(hostname) ? undefined : hostname,
        lookup: guardedLookup(url.href, options.resolve ?? systemResolver, allowLoopback),
        // No connection pool: audits talk to many hosts once each, and idle pooled sockets would pile up.
        agent: false,
        headers: {
          "user-agent": LEADWELL_USER_AGENT,
          accept: options.accept ?? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
          "accept-encoding": "identity",
          ...options.headers,
          ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }),
        },
      },
      (response) => {
        const headers = toHeaders(response.headers);
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBytes) {
          return finish(new FetchRefusedError("too_large", `${url.href} is ${declared} bytes, over the ${maxBytes}-byte limit`, url.href));
        }
        const chunks: Buffer[] = [];
        // A redirect's body is never the caller's: only the final response's goes to onData.
        const sink = redirectTarget(response.statusCode ?? 0, headers) ? null : options.onData;
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) return finish(new FetchRefusedError("too_large", `${url.href} sent more than ${maxBytes} bytes`, url.href));
          if (!sink) chunks.push(chunk);
          else {
            try {
              sink(chunk);
            } catch (error) {
              finish(error as Error, undefined, true);
            }
          }
        });
        response.on("end", () =>
          finish(null, { status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks), elapsedMs: performance.now() - started }),
        );
        response.on("error", (error) => finish(error));
        response.on("aborted", () => finish(new Error("the connection closed before the body ended")));
      },
    );
    const timer = setTimeout(
      () => finish(new FetchRefusedError("timeout", `${url.href} did not answer within ${timeoutMs} ms`, url.href)),
      timeoutMs,
    );
    request.on("error", (error) => finish(error));
    request.end(options.body);
  });
}

/** Node's response headers as a fetch Headers object (repeated headers appended). */
function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** Any failure of a request as a FetchRefusedError with a reason. */
function asRefusal(error: Error, url: string): FetchRefusedError {
  if (error instanceof FetchRefusedError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchRefusedError("dns", `${new URL(url).hostname} could not be resolved`, url);
  return new FetchRefusedError("connection", `${url} could not be fetched: ${code ?? error.message}`, url);
}
