/**
 * Maps items through an async function with at most `max` calls running at once, results in
 * item order. `max` workers each take the next item when they finish one: the broker sees a
 * steady `max` requests, never a burst. A rejection rejects the whole map (callers turn
 * ordinary failures into values and only let a cancellation through).
 */
export async function mapLimited<I, O>(
  items: readonly I[],
  max: number,
  fn: (item: I) => Promise<O>,
): Promise<O[]> {
  const results: O[] = [];
  const queue = items.map((item, index) => ({ item, index }));
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) results[job.index] = await fn(job.item);
  };
  const workers = Math.max(1, Math.min(max, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
