/** Latency percentiles of one benchmarked operation, in milliseconds. */
export type Timing = { p50: number; p95: number; mean: number; iterations: number };

/** The value at percentile `p` (0–100) of ascending `sorted`, by the nearest-rank method. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new RangeError("No samples");
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `operation` `warmup` times untimed (caches, statement preparation, JIT), then
 * `iterations` times one after another, timing each with performance.now().
 */
export async function measure(operation: () => Promise<unknown>, { warmup, iterations }: { warmup: number; iterations: number }): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await operation();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await operation();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((sum, s) => sum + s, 0) / samples.length,
    iterations,
  };
}
