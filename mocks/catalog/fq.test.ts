import { describe, expect, it } from 'vitest';
import { CatalogQueryError, parseFq, parseSolrDate, type FqClause } from './fq';

const APRIL = Date.parse('2026-04-01T00:00:00Z');
const JAN = Date.parse('2026-01-01T00:00:00Z');

describe('parseFq', () => {
  it.each<[string, FqClause[]]>([
    ['', []],
    ['   ', []],
    [
      'organization:nagasaki-city',
      [{ kind: 'terms', field: 'organization', values: ['nagasaki-city'] }],
    ],
    [
      'organization:"nagasaki-city"',
      [{ kind: 'terms', field: 'organization', values: ['nagasaki-city'] }],
    ],
    [
      '+organization:nagasaki-city',
      [{ kind: 'terms', field: 'organization', values: ['nagasaki-city'] }],
    ],
    [
      'organization:(nagasaki-city OR sasebo-city OR "goto-city")',
      [
        {
          kind: 'terms',
          field: 'organization',
          values: ['nagasaki-city', 'sasebo-city', 'goto-city'],
        },
      ],
    ],
    [
      'organization:( nagasaki-city OR sasebo-city )',
      [{ kind: 'terms', field: 'organization', values: ['nagasaki-city', 'sasebo-city'] }],
    ],
    ['res_format:CSV', [{ kind: 'terms', field: 'res_format', values: ['CSV'] }]],
    ['res_format:"JSON-LD"', [{ kind: 'terms', field: 'res_format', values: ['JSON-LD'] }]],
    [
      'res_format:("CSV" OR "csv" OR GeoJSON)',
      [{ kind: 'terms', field: 'res_format', values: ['CSV', 'csv', 'GeoJSON'] }],
    ],
    [
      'res_format:"with \\"quote\\""',
      [{ kind: 'terms', field: 'res_format', values: ['with "quote"'] }],
    ],
    ['res_format:JSON\\-LD', [{ kind: 'terms', field: 'res_format', values: ['JSON-LD'] }]],
    ['groups:aed', [{ kind: 'terms', field: 'groups', values: ['aed'] }]],
    ['groups:(aed OR culture)', [{ kind: 'terms', field: 'groups', values: ['aed', 'culture'] }]],
    ['organization:*', [{ kind: 'terms', field: 'organization', values: ['*'] }]],
    [
      'metadata_created:[* TO 2026-04-01T00:00:00Z]',
      [
        {
          kind: 'range',
          field: 'metadata_created',
          from: undefined,
          to: APRIL,
          includeFrom: true,
          includeTo: true,
        },
      ],
    ],
    [
      'metadata_modified:[2026-01-01T00:00:00Z TO *]',
      [
        {
          kind: 'range',
          field: 'metadata_modified',
          from: JAN,
          to: undefined,
          includeFrom: true,
          includeTo: true,
        },
      ],
    ],
    [
      'metadata_created:{2026-01-01T00:00:00.000Z TO 2026-04-01T00:00:00Z}',
      [
        {
          kind: 'range',
          field: 'metadata_created',
          from: JAN,
          to: APRIL,
          includeFrom: false,
          includeTo: false,
        },
      ],
    ],
    [
      'organization:nagasaki-city AND res_format:CSV',
      [
        { kind: 'terms', field: 'organization', values: ['nagasaki-city'] },
        { kind: 'terms', field: 'res_format', values: ['CSV'] },
      ],
    ],
    [
      '+organization:nagasaki-city +groups:aed',
      [
        { kind: 'terms', field: 'organization', values: ['nagasaki-city'] },
        { kind: 'terms', field: 'groups', values: ['aed'] },
      ],
    ],
    [
      // A raw `+` in a query string arrives as a space.
      ' organization:nagasaki-city  groups:aed',
      [
        { kind: 'terms', field: 'organization', values: ['nagasaki-city'] },
        { kind: 'terms', field: 'groups', values: ['aed'] },
      ],
    ],
    [
      'organization:(a OR b) AND +metadata_created:[* TO 2026-04-01T00:00:00Z] AND res_format:CSV',
      [
        { kind: 'terms', field: 'organization', values: ['a', 'b'] },
        {
          kind: 'range',
          field: 'metadata_created',
          from: undefined,
          to: APRIL,
          includeFrom: true,
          includeTo: true,
        },
        { kind: 'terms', field: 'res_format', values: ['CSV'] },
      ],
    ],
  ])('%j', (fq, expected) => {
    expect(parseFq(fq)).toEqual(expected);
  });

  it.each([
    ['organization:', /expected a value/],
    ['organization', /expected ":"/],
    [':nagasaki-city', /expected a field name/],
    ['organization:(a b)', /joined by OR/],
    ['organization:(a OR b', /expected "\)"/],
    ['organization:"open', /expected """/],
    ['organization:a OR organization:b', /OR between clauses/],
    ['organization:a AND', /after AND/],
    ['organization:a AND ', /expected a field name/],
    ['-organization:a', /negation/],
    ['NOT organization:a', /negation/],
    ['nonsense:a', /undefined field nonsense/],
    ['tags:x', /undefined field tags/],
    ['metadata_created:2026-04-01T00:00:00Z', /takes a range/],
    ['metadata_created:[NOW-1YEAR TO *]', /Invalid Date String/],
    ['metadata_created:[2026-04-01 TO *]', /Invalid Date String/],
    ['metadata_created:[* 2026-04-01T00:00:00Z]', /TO/],
    ['metadata_created:[* TO 2026-04-01T00:00:00Z', /"\]" or "\}"/],
    ['organization:[a TO b]', /only served on dates/],
    ['organization:a(b)', /whitespace or AND/],
  ])('refuses %j', (fq, message) => {
    expect(() => parseFq(fq)).toThrow(CatalogQueryError);
    expect(() => parseFq(fq)).toThrow(message);
  });
});

describe('parseSolrDate', () => {
  it.each([
    ['2026-04-01T00:00:00Z', APRIL],
    ['2026-04-01T00:00:00.5Z', APRIL + 500],
    ['2026-04-01T00:00:00.123456Z', APRIL + 123],
    ['2026-04-01T00:00:00', undefined],
    ['2026-04-01T00:00:00+09:00', undefined],
    ['2026-13-01T00:00:00Z', undefined],
    ['NOW', undefined],
  ])('%s', (text, ms) => {
    expect(parseSolrDate(text)).toBe(ms);
  });
});
