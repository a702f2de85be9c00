import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

/** One request of a paced run: its body and headers, and a key naming it in the answers. */
export type PacedRequest = { body: string; headers: Record<string, string>; key: string };

/** What a paced run measured; latencies in milliseconds from each request's scheduled instant, sorted. */
export type PacedLoadResult = {
  /** Requests scheduled (all were sent). */
  offered: number;
  /** The seconds over which they were scheduled. */
  seconds: number;
  /** The seconds from the first scheduled instant to the last answer (longer than `seconds` when the server fell behind). */
  elapsedSeconds: number;
  latencies: number[];
  statusCodes: Record<string, number>;
  /** Requests that failed without an answer (connection errors, the 30 s timeout). */
  errors: number;
  /** Those failures by error code (e.g. ECONNRESET, "timeout"). */
  errorCodes: Record<string, number>;
  /** The keys of the requests answered 200. */
  acceptedKeys: string[];
};

/** A request still unanswered after this long counts as an error. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * An idle keep-alive connection is closed after this long, before the server closes it (Node's
 * default keepAliveTimeout, which `next start` keeps, is 5 s): a request sent on a connection at
 * the instant the server closes it fails with ECONNRESET without reaching the server.
 */
const IDLE_CONNECTION_MS = 4_000;

/**
 * Offers POSTs to `url` at `rate` a second for `seconds` as a Poisson process — independent
 * arrivals, as webhooks about many emails reach a server — over at most `connections`
 * keep-alive connections. Each latency is measured from the instant the request was scheduled,
 * not from when a connection became free to send it, so a server that falls behind is charged
 * for every request it kept waiting (no coordinated omission; wrk2 measures the same way).
 *
 * Why not autocannon's `overallRate`: it lets each connection send as fast as answers come until
 * that second's quota is used, then idle until the next second, so every second opens with a
 * burst at full concurrency and the latencies are those of a saturated server, whatever the rate.
 * @param nextRequest - builds each request when it is due (e.g. a freshly signed event).
 */
export async function runPacedLoad({
  url,
  rate,
  seconds,
  connections,
  nextRequest,
}: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  nextRequest: () => PacedRequest;
}): Promise<PacedLoadResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, timeout: IDLE_CONNECTION_MS });
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const acceptedKeys: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  let offered = 0;

  const send = (scheduledAt: number) => {
    const { body, headers, key } = nextRequest();
    offered++;
    const done = new Promise<void>((resolve) => {
      const request = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname + target.search, method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) }, timeout: REQUEST_TIMEOUT_MS },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - scheduledAt);
            const status = String(response.statusCode);
            statusCodes[status] = (statusCodes[status] ?? 0) + 1;
            if (response.statusCode === 200) acceptedKeys.push(key);
            resolve();
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", (error: NodeJS.ErrnoException) => {
        errors++;
        const code = error.code ?? error.message;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        resolve();
      });
      request.end(body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  const start = performance.now();
  const end = start + seconds * 1000;
  let next = start;
  while (next < end) {
    const now = performance.now();
    while (next <= now && next < end) {
      send(next);
      // Exponential gaps between arrivals make a Poisson process of `rate` a second.
      next += (-Math.log(1 - Math.random()) * 1000) / rate;
    }
    await sleep(Math.max(0, Math.min(next - performance.now(), 5)));
  }
  await Promise.all(inFlight);
  const elapsedSeconds = Math.max(seconds, (performance.now() - start) / 1000);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { offered, seconds, elapsedSeconds, latencies, statusCodes, errors, errorCodes, acceptedKeys };
}
