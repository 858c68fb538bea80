/**
 * Storm time ↔ real time. The drill runs in segments: each control action (pause, resume,
 * jump, speed change) starts a new one at the real time it happened. A storm minute maps to
 * the real time at which the mock produced it: through the newest segment that started
 * before it, never past that segment's end (a jump forward stamps the skipped states with the
 * moment of the jump); before the first segment (the pre-filled past), at 1×.
 */
const MS_PER_MINUTE = 60_000;
/** Plenty for any test session; the oldest go first (their past then maps at 1×). */
const MAX_SEGMENTS = 256;

interface Segment {
  storm0: number;
  real0: number;
  /** Storm minutes per real minute; 0 while paused. */
  speed: number;
  /** Real time at which the next segment replaced it. */
  realEnd?: number;
}

export class Timeline {
  private readonly segments: Segment[];

  constructor(startStormMinutes: number, startReal: number, speed: number) {
    this.segments = [{ storm0: startStormMinutes, real0: startReal, speed }];
  }

  private get current(): Segment {
    return this.segments.at(-1)!;
  }

  get speed(): number {
    return this.current.speed;
  }

  /** Storm minutes (fractional) at real time `real` (not before the current segment). */
  stormAt(real: number): number {
    const s = this.current;
    return s.storm0 + (Math.max(real - s.real0, 0) * s.speed) / MS_PER_MINUTE;
  }

  realTimeOf(stormMinute: number): number {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const s = this.segments[i]!;
      if (s.storm0 >= stormMinute) continue;
      // A paused segment never produced later minutes: a jump skipped them at its end.
      if (s.speed === 0) return s.realEnd ?? s.real0;
      const at = s.real0 + ((stormMinute - s.storm0) * MS_PER_MINUTE) / s.speed;
      return Math.min(at, s.realEnd ?? Infinity);
    }
    const first = this.segments[0]!;
    return first.real0 - (first.storm0 - stormMinute) * MS_PER_MINUTE;
  }

  /** Starts a new segment at `real` from `stormMinutes` at `speed` (0 = paused). */
  rebase(real: number, stormMinutes: number, speed: number): void {
    this.current.realEnd = real;
    this.segments.push({ storm0: stormMinutes, real0: real, speed });
    if (this.segments.length > MAX_SEGMENTS) this.segments.shift();
  }
}
