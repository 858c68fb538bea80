import type { AttrKind } from './flat-types';

/** One attribute's history, in whichever form the temporal query asked for. */
export interface TemporalSeries {
  kind: AttrKind;
  /** `options=temporalValues`: `[value, time]` in payload order. */
  values?: Array<[unknown, string]>;
  /** `options=aggregatedValues`: method → `[value, periodStart, periodEnd]`. */
  aggregates?: Record<string, Array<[unknown, string, string]>>;
  /** Normalized temporal form: one entry per stored instance, in payload order. */
  instances?: Array<{ value: unknown; observedAt: string }>;
}

export interface TemporalEntity {
  id: string;
  type: string;
  types: string[];
  series: Record<string, TemporalSeries>;
  droppedAttrs: string[];
}

export type TemporalFlattenResult =
  { ok: true; entity: TemporalEntity } | { ok: false; reason: string };
