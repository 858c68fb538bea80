import { describe, expect, it } from 'vitest';
import { createLimiter } from './limit';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createLimiter', () => {
  it('runs at most `max` tasks at once, in order', async () => {
    const limit = createLimiter(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limit(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
  });

  it('drops a waiting task whose signal aborts, and frees the slot after a failure', async () => {
    const limit = createLimiter(1);
    const gate = deferred();
    const first = limit(() => gate.promise.then(() => Promise.reject(new Error('boom'))));
    const controller = new AbortController();
    const second = limit(() => Promise.resolve('never'), controller.signal);
    controller.abort(new Error('aborted'));
    await expect(second).rejects.toThrow('aborted');
    gate.resolve();
    await expect(first).rejects.toThrow('boom');
    await expect(limit(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
