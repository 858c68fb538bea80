/**
 * Property tests of every entity parser and the representation layer under it (fast-check).
 * Seeds are fixed so a CI failure reproduces; numRuns keep the file to a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenEntity, keyValuesEntity } from '../ngsi/representation/entity';
import { entityReader } from '../worker/run-feed';
import { FEED_PARSERS, type FeedName } from '../worker/feeds';
import {
  encode,
  FORMS,
  hostile,
  hostileEntity,
  overlayEntity,
  presenceEntity,
  siteEntity,
  type PlainEntity,
} from '../testing/arbitraries';
import { decodeNote } from './notes';
import type { FlatEntityLike } from './flat';
import type { EntityParse } from './entity-parse';
import { validateFeed } from './validate-feed';

const RUNS = { numRuns: 300, seed: 20261202 };
const FEEDS = Object.keys(FEED_PARSERS) as FeedName[];

/** A reason people can read: one the UI can word as a note in each language (notes.ts). */
const isReason = (r: unknown) => typeof r === 'string' && decodeNote(r) !== undefined;

function parseWith<N extends FeedName>(name: N, raw: unknown, hint?: (typeof FORMS)[number]) {
  const parse = FEED_PARSERS[name];
  return validateFeed([raw], name, entityReader(hint, name), parse);
}

/**
 * A normalized entity's members as keyValues (the value of each `{type, value}`), some of them
 * dressed as a broker may send them (`dress`, per member): a JSON-LD value object, or NGSI-LD's
 * null sentinel.
 */
function keyValuesOf(raw: unknown, dress: readonly number[]): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([k, v], i) => {
      const value =
        typeof v === 'object' && v !== null && 'value' in v ? (v as { value: unknown }).value : v;
      if (k === 'id' || k === 'type') return [k, value];
      if (dress[i % dress.length] === 1) return [k, { '@type': 'DateTime', '@value': value }];
      if (dress[i % dress.length] === 2) return [k, 'urn:ngsi-ld:null'];
      return [k, value];
    }),
  );
}

describe('every parser, on anything at all', () => {
  it.each(FEEDS)('%s never throws; it keeps an entity or skips it with a reason', (name) => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, hostileEntity(name)),
        fc.constantFrom(undefined, ...FORMS),
        (raw, hint) => {
          const { items, report } = parseWith(name, raw, hint);
          expect(report.received).toBe(1);
          expect(report.accepted + report.skipped + report.duplicateIds).toBe(1);
          expect(items).toHaveLength(report.accepted);
          for (const reason of Object.keys(report.skipReasons)) expect(isReason(reason)).toBe(true);
          for (const warning of Object.keys(report.warnings))
            expect(decodeNote(warning, 'ignored')).toBeDefined();
        },
      ),
      RUNS,
    );
  });

  it.each(FEEDS)(
    '%s: keyValues read in place gives what flattening it gives, skip reasons and notes included',
    (name) => {
      const parse: (entity: FlatEntityLike) => EntityParse<unknown> = FEED_PARSERS[name];
      fc.assert(
        fc.property(
          fc.oneof(
            hostile,
            hostileEntity(name),
            fc
              .tuple(hostileEntity(name), fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }))
              .map(([raw, dress]) => keyValuesOf(raw, dress)),
          ),
          (raw) => {
            const inPlace = validateFeed([raw], name, keyValuesEntity, parse);
            const flattened = validateFeed(
              [raw],
              name,
              (x) => flattenEntity(x, 'keyValues'),
              parse,
            );
            expect(inPlace).toEqual(flattened);
          },
        ),
        RUNS,
      );
    },
  );

  it('flattenEntity never throws and never lets a key reach a prototype', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(undefined, ...FORMS), (raw, hint) => {
        const r = flattenEntity(raw, hint);
        if (!r.ok) expect(isReason(r.reason)).toBe(true);
        else expect(Object.getPrototypeOf(r.entity.attrs)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});

const VALID: ReadonlyArray<[FeedName, fc.Arbitrary<PlainEntity>]> = [
  ['EvacuationShelter', overlayEntity],
  ['EvacuationSite', siteEntity],
  ['TourismPresenceObserved', presenceEntity],
];

describe("the worker's reader", () => {
  const valid = new Map(VALID);
  it.each(FEEDS)(
    '%s: gives what flattening gives, skip reasons, notes and observation times included',
    (name) => {
      const parse: (entity: FlatEntityLike) => EntityParse<unknown> = FEED_PARSERS[name];
      const good = valid.get(name);
      const encoded = good
        ? [fc.tuple(good, fc.constantFrom('normalized' as const, 'concise' as const))]
        : [];
      fc.assert(
        fc.property(
          fc.oneof(
            fc.tuple(
              fc.oneof(hostile, hostileEntity(name)),
              fc.constantFrom(undefined, 'concise' as const),
            ),
            ...encoded.map((a) => a.map(([e, form]) => [encode(e, form), form] as const)),
          ),
          ([raw, hint]) => {
            const read = validateFeed([raw], name, entityReader(hint, name), parse);
            const flattened = validateFeed([raw], name, (x) => flattenEntity(x, hint), parse);
            expect(read).toEqual(flattened);
          },
        ),
        RUNS,
      );
    },
  );
});

describe('valid entities', () => {
  it.each(VALID)(
    '%s: accepted, and the same domain object from all three representations',
    (name, arb) => {
      fc.assert(
        fc.property(arb, (e) => {
          const [normalized, concise, keyValues] = FORMS.map((form) => {
            const r = parseWith(name, encode(e, form), form);
            expect(r.report.skipReasons).toEqual({});
            expect(r.items).toHaveLength(1);
            return r.items[0];
          });
          // keyValues has no observedAt; the rest of the object is the same.
          const strip = (v: unknown) =>
            Object.fromEntries(Object.entries(v ?? {}).filter(([k]) => k !== 'observedAt'));
          expect(concise).toEqual(normalized);
          expect(strip(keyValues)).toEqual(strip(normalized));
        }),
        { ...RUNS, numRuns: 150 },
      );
    },
  );

  it('names keep their text verbatim, markup included', () => {
    fc.assert(
      fc.property(siteEntity, (e) => {
        const r = parseWith('EvacuationSite', encode(e, 'normalized'));
        expect(r.items[0]?.name).toBe(String(e.attrs.name!.value).trim());
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});

type Mutation = [string, (e: PlainEntity) => PlainEntity, 'skipped' | 'accepted'];
const set =
  (name: string, value: unknown, kind: 'Property' | 'GeoProperty' = 'Property') =>
  (e: PlainEntity): PlainEntity => ({
    ...e,
    attrs: { ...e.attrs, [name]: { kind, value } },
  });
const drop =
  (name: string) =>
  (e: PlainEntity): PlainEntity => ({
    ...e,
    attrs: Object.fromEntries(Object.entries(e.attrs).filter(([k]) => k !== name)),
  });

describe('broken entities get the documented outcome (contract §4)', () => {
  const SITE: Mutation[] = [
    ['no location', drop('location'), 'skipped'],
    [
      'NaN coordinates',
      set('location', { type: 'Point', coordinates: [Number.NaN, 32.7] }, 'GeoProperty'),
      'skipped',
    ],
    [
      'swapped lat/lon',
      set('location', { type: 'Point', coordinates: [32.75, 129.87] }, 'GeoProperty'),
      'skipped',
    ],
    [
      'outside the prefecture (Tokyo)',
      set('location', { type: 'Point', coordinates: [139.7, 35.7] }, 'GeoProperty'),
      'skipped',
    ],
    ['a municipality outside Nagasaki', set('localGovernmentCode', '131016'), 'skipped'],
    ['a number where the code belongs', set('localGovernmentCode', 422011), 'skipped'],
    ['no name', drop('name'), 'skipped'],
  ];
  it.each(SITE)('EvacuationSite, %s: %s', (_n, mutate, outcome) => {
    fc.assert(
      fc.property(siteEntity, fc.constantFrom(...FORMS), (e, form) => {
        const r = parseWith('EvacuationSite', encode(mutate(e), form), form);
        if (outcome === 'skipped') {
          expect(r.items).toEqual([]);
          expect(Object.keys(r.report.skipReasons).every(isReason)).toBe(true);
          expect(r.report.skipped).toBe(1);
        } else expect(r.items).toHaveLength(1);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  const OVERLAY: Array<
    [string, (e: PlainEntity) => PlainEntity, (item: Record<string, unknown> | undefined) => void]
  > = [
    [
      'an unknown opening status is kept as unknown, never dropped',
      set('openingStatus', 'maybe'),
      (o) => expect(o?.openingStatus).toBe('unknown'),
    ],
    [
      'a negative headcount is left out, the overlay kept',
      set('evacueeTotal', -5),
      (o) => expect(o && 'evacueeTotal' in o).toBe(false),
    ],
    [
      'a string headcount is left out, the overlay kept',
      set('evacueeTotal', '12'),
      (o) => expect(o && 'evacueeTotal' in o).toBe(false),
    ],
    [
      'a fractional headcount is left out, the overlay kept',
      set('evacueeTotal', 2.5),
      (o) => expect(o && 'evacueeTotal' in o).toBe(false),
    ],
  ];
  it.each(OVERLAY)('EvacuationShelter: %s', (_n, mutate, check) => {
    fc.assert(
      fc.property(overlayEntity, fc.constantFrom(...FORMS), (e, form) => {
        const r = parseWith('EvacuationShelter', encode(mutate(e), form), form);
        expect(r.items).toHaveLength(1);
        check(r.items[0] as unknown as Record<string, unknown>);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('presence: a negative or fractional count is skipped; null stays suppressed, never 0', () => {
    fc.assert(
      fc.property(presenceEntity, fc.constantFrom(-1, 1.5, Number.NaN, '12', null), (e, count) => {
        const r = parseWith(
          'TourismPresenceObserved',
          encode(set('visitorCount', count)(e), 'keyValues'),
          'keyValues',
        );
        if (count === null) expect(r.items[0]?.count).toBeNull();
        else expect(r.items).toEqual([]);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe('a batch', () => {
  it('loses no valid entity to an invalid neighbour, and counts every one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            overlayEntity.map((e) => ({ ok: true as const, e })),
            hostile.map((raw) => ({ ok: false as const, raw })),
          ),
          { maxLength: 30 },
        ),
        (mixed) => {
          const raws = mixed.map((m) => (m.ok ? encode(m.e, 'normalized') : m.raw));
          const { items, report } = validateFeed(
            raws,
            'EvacuationShelter',
            (x) => flattenEntity(x),
            FEED_PARSERS.EvacuationShelter,
          );
          expect(report.accepted + report.skipped + report.duplicateIds).toBe(report.received);
          const valid = new Set(mixed.flatMap((m) => (m.ok ? [m.e.id] : [])));
          for (const id of valid) expect(items.some((i) => i.id === id)).toBe(true);
        },
      ),
      { ...RUNS, numRuns: 100 },
    );
  });
});
