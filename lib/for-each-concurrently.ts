/**
 * Runs `work` on every item with at most `concurrency` calls in flight (a small p-limit pool). Stops
 * taking new items once a call throws or `signal` is aborted; waits for the calls in flight, then
 * throws the first error.
 * @param concurrency - at least 1.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failed = false;
  let failure: unknown;
  const worker = async () => {
    while (!failed && !signal?.aborted && next < items.length) {
      const index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failed) throw failure;
}
