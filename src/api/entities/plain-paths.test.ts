/**
 * The hand-written readings beside the zod schemas they stand in for: where a plain reading
 * accepts a value, it gives what the schema gives; anything else it leaves to the schema.
 */
import { describe, expect, it } from 'vitest';
import { hazardList, plainHazardList } from './fields';
import { dateTimeMs, plainDateTimeMs } from './live-fields';
import { eventSchema, plainEvent } from './live-event';

const T = '2026-09-01T10:00:00Z';
// eslint-disable-next-line no-sparse-arrays -- a hole, which JSON cannot carry
const holed: unknown[] = ['flood', , 'tsunami'];

// prettier-ignore
const lists: unknown[] = [
  [], ['flood'], ['flood', 'flood', 'tsunami', 'flood'], ['flood', 'meteor', 'meteor', ''],
  ['__proto__', 'constructor', 'toString'], [' flood', 'FLOOD'], ['flood', 1], [null], [['flood']],
  holed, 'flood', null, undefined, 3, {}, { 0: 'flood', length: 1 },
];

describe('plainHazardList', () => {
  it.each(lists.map((v) => [v]))('%j reads as hazardList does', (v) => {
    const plain = plainHazardList(v);
    const r = hazardList.safeParse(v);
    if (plain !== undefined) expect(plain).toStrictEqual(r.success ? r.data : 'schema refused');
    else expect(Array.isArray(v) && r.success).toBe(false);
  });
});

// prettier-ignore
const times: unknown[] = [
  T, '2026-09-01T19:00:00+09:00', '2026-09-01T10:00:00.123456Z', '2026-09-01T10:00:00', '2026-09-01',
  '2026-02-30T10:00:00Z', ' 2026-09-01T10:00:00Z', '', 'now', 0, 1_780_000_000_000, null, undefined, [T], { '@value': T },
];

describe('plainDateTimeMs', () => {
  it.each(times.map((v) => [v]))('%j reads as dateTimeMs does', (v) => {
    const plain = plainDateTimeMs(v);
    const r = dateTimeMs.safeParse(v);
    if (plain !== undefined) expect(r.success && r.data).toBe(plain);
    else expect(r.success).toBe(false);
  });
});

const ID = 'urn:ngsi-ld:DisasterEvent:1';
// prettier-ignore
const events: Array<Record<string, unknown>> = [
  { id: ID, name: '台風第14号', projectStatus: 'active' },
  { id: ID, name: '  台風\u0007第14号\n', projectStatus: 'closed', start: T },
  { id: ID, name: 'x'.repeat(200), projectStatus: 'archived' },
  { id: ID, name: ` ${'x'.repeat(200)} `, projectStatus: 'archived' },
  { id: ID, name: 'x'.repeat(201), projectStatus: 'active' },
  { id: ID, name: ' \u0000 ', projectStatus: 'active' },
  { id: ID, name: '', projectStatus: 'active' },
  { id: ID, name: 3, projectStatus: 'active' },
  { id: ID, projectStatus: 'active' },
  { id: ID, name: 'n', projectStatus: 'Active' },
  { id: ID, name: 'n', projectStatus: 'toString' },
  { id: ID, name: 'n', projectStatus: ['active'] },
  { id: ID, name: 'n' },
  { id: '', name: 'n', projectStatus: 'active' },
  { id: 'u'.repeat(512), name: 'n', projectStatus: 'active' },
  { id: 'u'.repeat(513), name: 'n', projectStatus: 'active' },
  { id: 5, name: 'n', projectStatus: 'active' },
];

describe('plainEvent', () => {
  it.each(events.map((v) => [v]))('%j reads as eventSchema does', (values) => {
    const plain = plainEvent(values);
    const r = eventSchema.safeParse(values);
    if (plain !== undefined) expect(r.success && r.data).toStrictEqual(plain);
    else expect(r.success).toBe(false);
  });
});
