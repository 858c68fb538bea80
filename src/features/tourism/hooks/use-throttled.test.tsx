// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledWhileBusy } from './use-throttled';

describe('useThrottledWhileBusy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes values straight through while idle', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledWhileBusy(v, false, 1000), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    expect(result.current).toBe(2);
  });

  it('while busy, shows at most one new value per interval, and the latest when done', () => {
    const { result, rerender } = renderHook(({ v, busy }) => useThrottledWhileBusy(v, busy, 1000), {
      initialProps: { v: 1, busy: true },
    });
    // The first change shows at once (nothing shown for a full interval)…
    rerender({ v: 2, busy: true });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(2);
    // …then changes inside the interval wait for its end, and only the latest shows.
    rerender({ v: 3, busy: true });
    act(() => vi.advanceTimersByTime(400));
    rerender({ v: 4, busy: true });
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(4);
    rerender({ v: 5, busy: true });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(4);
    rerender({ v: 6, busy: false });
    expect(result.current).toBe(6);
  });

  it('follows a new key at once, even while busy', () => {
    const { result, rerender } = renderHook(({ v, k }) => useThrottledWhileBusy(v, true, 1000, k), {
      initialProps: { v: 1, k: 'a' },
    });
    rerender({ v: 2, k: 'a' });
    act(() => vi.advanceTimersByTime(0));
    rerender({ v: 3, k: 'a' });
    expect(result.current).toBe(2);
    rerender({ v: 4, k: 'b' });
    expect(result.current).toBe(4);
  });
});
