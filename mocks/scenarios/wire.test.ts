import { describe, expect, it } from 'vitest';
import { entityUpdate, type WireSpec } from './wire';

interface S {
  id: string;
  status: string;
  count: number;
  opened?: number;
  event: string;
  report: number;
}

const spec: WireSpec<S> = {
  type: 'Thing',
  fields: [
    { attr: 'status', get: (s) => s.status, observed: true },
    { attr: 'count', get: (s) => s.count, observed: true, reported: (s) => s.status === 'open' },
    { attr: 'openedAt', get: (s) => s.opened, kind: 'time', observed: true },
    { attr: 'project', get: (s) => s.event, kind: 'relationship' },
  ],
  created: () => ({ code: { type: 'Property', value: '422011' } }),
  observedMinute: (s) => s.report,
};
const T0 = Date.UTC(2026, 8, 1);
const time = (minute: number) => T0 + minute * 60_000;
const at = (minute: number) => new Date(time(minute)).toISOString();
const base: S = { id: 'urn:x:1', status: 'closed', count: 0, event: 'urn:e:1', report: 0 };

describe('entityUpdate', () => {
  it('creates the whole entity, static attributes included, observedAt on the observed ones', () => {
    expect(entityUpdate(spec, base, undefined, time)).toEqual({
      id: 'urn:x:1',
      type: 'Thing',
      code: { type: 'Property', value: '422011' },
      status: { type: 'Property', value: 'closed', observedAt: at(0) },
      count: { type: 'Property', value: 0, observedAt: at(0) },
      project: { type: 'Relationship', object: 'urn:e:1' },
    });
  });

  it('sends only what changed, times as DateTimes, stamped with the report', () => {
    const open = { ...base, status: 'open', count: 3, opened: 10, report: 10 };
    expect(entityUpdate(spec, open, base, time)).toEqual({
      id: 'urn:x:1',
      type: 'Thing',
      status: { type: 'Property', value: 'open', observedAt: at(10) },
      count: { type: 'Property', value: 3, observedAt: at(10) },
      openedAt: { type: 'Property', value: at(10), observedAt: at(10) },
    });
  });

  it('re-sends a reported attribute on a new report even when unchanged, and nothing otherwise', () => {
    const open = { ...base, status: 'open', count: 3, opened: 10, report: 10 };
    const next = { ...open, report: 20 };
    expect(entityUpdate(spec, next, open, time)).toEqual({
      id: 'urn:x:1',
      type: 'Thing',
      count: { type: 'Property', value: 3, observedAt: at(20) },
    });
    expect(entityUpdate(spec, open, open, time)).toBeUndefined();
    const closed = { ...base, report: 20 };
    expect(entityUpdate(spec, { ...closed, report: 30 }, closed, time)).toBeUndefined();
  });

  it('never deletes: an attribute gone from the state is left as sent', () => {
    const open = { ...base, opened: 10, report: 10 };
    expect(entityUpdate(spec, { ...base, report: 10 }, open, time)).toBeUndefined();
  });
});
