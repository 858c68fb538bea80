/**
 * At most `max` tasks at once; the rest wait in order. A quarter of hourly presence is 90 days
 * of several pages each: asking for all of them at once would queue hundreds of requests on
 * the broker and starve the live shelter polls that share the connection pool.
 */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async function limit<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (running >= max) {
      await new Promise<void>((resolve, reject) => {
        const go = () => {
          signal?.removeEventListener('abort', cancel);
          resolve();
        };
        const cancel = () => {
          const i = waiting.indexOf(go);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason);
        };
        waiting.push(go);
        signal?.addEventListener('abort', cancel, { once: true });
      });
    }
    running += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
