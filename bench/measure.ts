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
export function measure(operation: () => Promise<unknown>, rounds: { warmup: number; iterations: number }): Promise<Timing> {
  return measureEach(async () => undefined, () => operation(), rounds);
}

/**
 * As measure, for operations whose input depends on the rounds before: each round first runs
 * `prepare(round)` untimed, then times `operation` on what it returned.
 */
export async function measureEach<T>(
  prepare: (round: number) => Promise<T>,
  operation: (input: T) => Promise<unknown>,
  { warmup, iterations }: { warmup: number; iterations: number },
): Promise<Timing> {
  const samples: number[] = [];
  for (let round = 0; round < warmup + iterations; round++) {
    const input = await prepare(round);
    const start = performance.now();
    await operation(input);
    if (round >= warmup) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((sum, s) => sum + s, 0) / samples.length,
    iterations,
  };
}
