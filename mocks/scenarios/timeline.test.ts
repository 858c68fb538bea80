import { describe, expect, it } from 'vitest';
import { Timeline } from './timeline';

const T0 = Date.UTC(2026, 8, 1, 0, 0);
const MIN = 60_000;

describe('storm time ↔ real time', () => {
  it('runs at speed from the start and maps the past before it at 1×', () => {
    const tl = new Timeline(1080, T0, 60);
    expect(tl.stormAt(T0 + 10_000)).toBe(1090);
    expect(tl.realTimeOf(1090)).toBe(T0 + 10_000);
    expect(tl.realTimeOf(1080)).toBe(T0);
    expect(tl.realTimeOf(1020)).toBe(T0 - 60 * MIN);
  });

  it('stamps minutes skipped by a jump forward with the moment of the jump', () => {
    const tl = new Timeline(1080, T0, 60);
    tl.rebase(T0 + 10_000, 2000, 60);
    expect(tl.realTimeOf(1500)).toBe(T0 + 10_000);
    expect(tl.realTimeOf(2010)).toBe(T0 + 20_000);
  });

  it('after a jump back, re-lived minutes map to the new segment', () => {
    const tl = new Timeline(1080, T0, 60);
    tl.rebase(T0 + 60_000, 1100, 60);
    expect(tl.realTimeOf(1110)).toBe(T0 + 70_000);
    expect(tl.realTimeOf(1090)).toBe(T0 + 10_000);
  });

  it('holds still while paused and resumes where it stopped', () => {
    const tl = new Timeline(1080, T0, 60);
    tl.rebase(T0 + 5_000, 1085, 0);
    expect(tl.stormAt(T0 + 500_000)).toBe(1085);
    tl.rebase(T0 + 500_000, 1085, 60);
    expect(tl.stormAt(T0 + 501_000)).toBe(1086);
    expect(tl.realTimeOf(1086)).toBe(T0 + 501_000);
    expect(tl.realTimeOf(1083)).toBe(T0 + 3_000);
  });
});
