import { describe, expect, it } from 'vitest';
import { resolveApiBase } from './base-url';
import { ProblemDetailsError } from './errors';
import { buildHeaders } from './headers';
import { findNextLink, nextRequest } from './link-header';
import { isLimitRejection, smallerPageSize } from './page-size';
import { parseProblemDetails, recogniseErrorName } from './problem-details';
import { requestTarget } from './request';

describe('resolveApiBase', () => {
  it.each([
    ['https://api.example.jp', undefined, 'https://api.example.jp/ngsi-ld/v1'],
    ['https://api.example.jp/gw/', undefined, 'https://api.example.jp/gw/ngsi-ld/v1'],
    ['https://api.example.jp/gw//', 'http://page/x/', 'https://api.example.jp/gw/ngsi-ld/v1'],
    ['', 'https://dash.example.jp/app/index.html', 'https://dash.example.jp/ngsi-ld/v1'],
    ['.', 'https://dash.example.jp/app/index.html', 'https://dash.example.jp/app/ngsi-ld/v1'],
    ['./', 'https://dash.example.jp/app/', 'https://dash.example.jp/app/ngsi-ld/v1'],
    ['/api', 'https://dash.example.jp/app/', 'https://dash.example.jp/api/ngsi-ld/v1'],
  ])('%s on %s', (apiBaseUrl, page, expected) => {
    expect(resolveApiBase(apiBaseUrl, page)?.href).toBe(expected);
  });
  it('cannot resolve a relative base without a page', () => {
    expect(resolveApiBase('.', undefined)).toBeUndefined();
  });
});

describe('requestTarget', () => {
  it('encodes values safely and keeps commas and colons readable', () => {
    const target = requestTarget({
      path: '/entities',
      query: [
        ['type', 'EvacuationShelter'],
        ['q', 'openingStatus=="open","full";name=="a b"'],
        ['attrs', 'openingStatus,evacueeTotal'],
        ['timeAt', '2026-09-01T00:00:00+09:00'],
      ],
    });
    expect(target).toBe(
      '/entities?type=EvacuationShelter&q=openingStatus%3D%3D%22open%22,%22full%22%3Bname%3D%3D%22a%20b%22' +
        '&attrs=openingStatus,evacueeTotal&timeAt=2026-09-01T00:00:00%2B09:00',
    );
  });
});

describe('Link rel=next', () => {
  const base = new URL('https://api.example.jp/gw/ngsi-ld/v1');
  const requestUrl = 'https://api.example.jp/gw/ngsi-ld/v1/entities?type=X&limit=10&offset=0';
  it.each([
    [
      '</gw/ngsi-ld/v1/entities?type=X&offset=10>; rel="next"',
      '/gw/ngsi-ld/v1/entities?type=X&offset=10',
    ],
    [
      '<https://x/ctx>; rel="http://www.w3.org/ns/json-ld#context", <?offset=10>; rel=next',
      '?offset=10',
    ],
    ['<a>; rel="prev", <b>; rel="next last"', 'b'],
    ['<a>; rel="prev"', undefined],
    ['garbage', undefined],
  ])('%s', (header, expected) => {
    expect(findNextLink(header)).toBe(expected);
  });
  it('maps a link below the base to a request', () => {
    expect(nextRequest('?type=X&offset=10', requestUrl, base)).toEqual({
      path: '/entities',
      query: [
        ['type', 'X'],
        ['offset', '10'],
      ],
    });
  });
  it.each([
    'https://evil.example.com/gw/ngsi-ld/v1/entities?offset=10',
    'http://api.example.jp/gw/ngsi-ld/v1/entities', // scheme downgrade is another origin
    '/other/ngsi-ld/v1/entities',
    '/gw/ngsi-ld/v1x/entities',
  ])('refuses %s', (link) => {
    expect(nextRequest(link, requestUrl, base)).toBeUndefined();
  });
});

describe('ProblemDetails', () => {
  it.each([
    ['https://uri.etsi.org/ngsi-ld/errors/BadRequestData', 'BadRequestData'],
    ['http://uri.etsi.org/ngsi-ld/errors/TooManyResults', 'TooManyResults'],
    ['NonexistentTenant', 'NonexistentTenant'],
    ['https://uri.etsi.org/ngsi-ld/errors/SomethingNew', undefined],
    ['https://example.com/problems/quota', undefined],
  ])('%s', (type, name) => {
    expect(recogniseErrorName(type)).toBe(name);
  });
  it('parses loosely and refuses non-problems', () => {
    expect(
      parseProblemDetails({
        type: 'https://uri.etsi.org/ngsi-ld/errors/InternalError',
        title: 5,
        detail: 'd',
      }),
    ).toEqual({
      problemType: 'https://uri.etsi.org/ngsi-ld/errors/InternalError',
      ngsiError: 'InternalError',
      title: undefined,
      detail: 'd',
    });
    expect(parseProblemDetails([])).toBeUndefined();
    expect(parseProblemDetails({ title: 'no type' })).toBeUndefined();
  });
});

describe('page size negotiation', () => {
  const problem = (ngsiError: 'TooManyResults' | 'BadRequestData', detail?: string, status = 400) =>
    new ProblemDetailsError({
      target: '/entities',
      status,
      problemType: ngsiError,
      ngsiError,
      title: undefined,
      detail,
      retryAfterMs: undefined,
    });
  it('recognises limit refusals, not other bad requests', () => {
    expect(isLimitRejection(problem('TooManyResults', undefined, 403))).toBe(true);
    expect(isLimitRejection(problem('BadRequestData', 'limit must be <= 1000'))).toBe(true);
    expect(isLimitRejection(problem('BadRequestData'))).toBe(true);
    expect(isLimitRejection(problem('BadRequestData', 'invalid q expression'))).toBe(false);
  });
  it('steps down the ladder or takes the hinted cap', () => {
    expect(smallerPageSize(500)).toBe(200);
    expect(smallerPageSize(2000)).toBe(1000);
    expect(smallerPageSize(150)).toBe(100);
    expect(smallerPageSize(15)).toBe(10);
    expect(smallerPageSize(10)).toBeUndefined();
    expect(
      smallerPageSize(
        500,
        problem(
          'BadRequestData',
          'You asked for 500 results, but the supported maximum limit is 100',
        ),
      ),
    ).toBe(100);
  });
});

describe('buildHeaders', () => {
  it('refuses header values fetch would reject, without quoting the credential', () => {
    const built = buildHeaders({
      apiBaseUrl: '',
      contextUrl: 'https://c/ctx.jsonld',
      authHeader: { name: 'Authorization', value: 'Bearer s3cret\r\nX: y' },
    });
    expect(built.ok).toBe(false);
    expect(JSON.stringify(built)).not.toContain('s3cret');
    expect(buildHeaders({ apiBaseUrl: '', contextUrl: 'https://c/ctx>; rel=x' }).ok).toBe(false);
  });
  it('omits empty tenant and context', () => {
    expect(buildHeaders({ apiBaseUrl: '', contextUrl: ' ', tenant: '' })).toEqual({
      ok: true,
      headers: { Accept: 'application/json' },
    });
  });
});
