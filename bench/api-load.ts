import fs from "node:fs";
import autocannon from "autocannon";
import { percentile } from "./measure";

/** What one autocannon run measured, latencies in milliseconds. */
export type LoadResult = {
  connections: number;
  seconds: number;
  /** Requests answered (any status). */
  requests: number;
  /** Average of autocannon's per-second request counts. */
  requestsPerSecond: number;
  /** Percentiles of every response's latency as recorded per response (not autocannon's integer histogram). */
  latency: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** autocannon's own histogram (whole milliseconds), to cross-check the recorded latencies. */
  autocannonLatency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/**
 * Runs autocannon against `url` for `seconds` with `connections` keep-alive connections (one
 * request in flight on each; GET, or `method` with the same `body` on every request), recording
 * the latency of every response itself (autocannon's result has p97.5 and p99 but no p95).
 */
export function runLoad({
  url,
  headers,
  connections,
  seconds,
  method = "GET",
  body,
}: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  body?: string;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, headers, method, body, connections, duration: seconds, pipelining: 1 }, (error: unknown, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      latencies.sort((a, b) => a - b);
      const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]));
      resolve({
        connections,
        seconds: result.duration,
        requests: latencies.length,
        requestsPerSecond: result.requests.average,
        latency: latencies.length
          ? {
              p50: percentile(latencies, 50),
              p95: percentile(latencies, 95),
              p99: percentile(latencies, 99),
              max: latencies[latencies.length - 1],
              mean: latencies.reduce((sum, l) => sum + l, 0) / latencies.length,
            }
          : { p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN },
        autocannonLatency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes,
      });
    });
    instance.on("response", (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU seconds (user + system) used so far by process `pid` and all its descendants, from
 * /proc; null where /proc is not available.
 */
export function processTreeCpuSeconds(pid: number): number | null {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name (field 2) is in parentheses and may hold spaces: split after it.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended meanwhile.
    }
  }
  if (!stats.has(pid)) return null;
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, { ppid }] of stats) {
      if (tree.has(ppid) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const id of tree) ticks += stats.get(id)!.ticks;
  return ticks / USER_HZ;
}
