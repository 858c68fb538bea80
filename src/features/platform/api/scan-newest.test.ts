import { describe, expect, it } from 'vitest';
import type { NgsiClient } from '../../../api/ngsi/client';
import { HttpError, ProblemDetailsError } from '../../../api/ngsi/errors';
import type { EntityQuery } from '../../../api/ngsi/queries';
import { scanNewest } from './scan-newest';

const NOW = Date.parse('2026-09-01T00:00:00Z');
const problem = (status: number, name: string) =>
  new ProblemDetailsError({
    target: '/entities',
    status,
    problemType: `https://uri.etsi.org/ngsi-ld/errors/${name}`,
    ngsiError: undefined,
    title: name,
    detail: undefined,
    retryAfterMs: undefined,
  });

/** A client whose entity queries answer by a function of the query; nothing else is used. */
function clientAnswering(answer: (q: EntityQuery) => unknown[] | Error): {
  client: NgsiClient;
  queries: EntityQuery[];
} {
  const queries: EntityQuery[] = [];
  const unused = () => Promise.reject(new Error('not used'));
  const client: NgsiClient = {
    queryEntities(q) {
      queries.push(q);
      const a = answer(q);
      return a instanceof Error
        ? Promise.reject(a)
        : Promise.resolve({ entities: a, pages: 1, duplicateIds: 0, truncated: false });
    },
    queryTemporal: unused,
    countEntities: unused,
    getTypes: unused,
    getTypeDetails: unused,
  };
  return { client, queries };
}

const lg = { type: 'Property', value: '422011' };
const withTimes = [
  { id: 'a', type: 'X', localGovernmentCode: lg, modifiedAt: '2026-08-01T00:00:00Z' },
];
const observed = [
  {
    id: 'a',
    type: 'X',
    localGovernmentCode: lg,
    status: { type: 'Property', value: 'open', observedAt: '2026-08-31T00:00:00Z' },
  },
];

describe('scanNewest', () => {
  it('one pass with sysAttrs and only the code attribute when the broker has system times', async () => {
    const { client, queries } = clientAnswering(() => withTimes);
    expect(await scanNewest(client, 'X', () => NOW)).toEqual({
      state: 'ok',
      source: 'modifiedAt',
      newest: { '42201': Date.parse('2026-08-01T00:00:00Z') },
      truncated: false,
      at: NOW,
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ attrs: ['localGovernmentCode'], sysAttrs: true });
  });

  it.each<[string, (q: EntityQuery) => unknown[] | Error]>([
    [
      'no system times sent',
      (q) => (q.sysAttrs ? [{ id: 'a', type: 'X', localGovernmentCode: lg }] : observed),
    ],
    ['sysAttrs refused with 400', (q) => (q.sysAttrs ? problem(400, 'BadRequestData') : observed)],
    [
      'sysAttrs refused with 501',
      (q) => (q.sysAttrs ? problem(501, 'OperationNotSupported') : observed),
    ],
  ])('%s: a second pass reads observedAt', async (_name, answer) => {
    const { client, queries } = clientAnswering(answer);
    expect(await scanNewest(client, 'X', () => NOW)).toMatchObject({
      state: 'ok',
      source: 'observedAt',
      newest: { '42201': Date.parse('2026-08-31T00:00:00Z') },
    });
    expect(queries[1]).not.toHaveProperty('attrs');
  });

  it('neither time: source none, no time invented', async () => {
    const { client } = clientAnswering(() => [{ id: 'a', type: 'X', localGovernmentCode: lg }]);
    expect(await scanNewest(client, 'X', () => NOW)).toMatchObject({ source: 'none', newest: {} });
  });

  it.each<[string, Error, object]>([
    ['a 403 on the pass', problem(403, 'TooManyResults'), { state: 'unsupported', status: 403 }],
    [
      'a gateway 502',
      new HttpError({
        target: '/entities',
        status: 502,
        statusText: 'Bad Gateway',
        retryAfterMs: undefined,
        excerpt: '',
      }),
      { state: 'failed', error: 'HTTP 502 Bad Gateway', failedAt: NOW },
    ],
  ])('%s', async (_name, error, expected) => {
    const { client } = clientAnswering(() => error);
    expect(await scanNewest(client, 'X', () => NOW)).toMatchObject(expected);
  });

  it('passes a cancellation on', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const { client } = clientAnswering(() => abort);
    await expect(scanNewest(client, 'X', () => NOW)).rejects.toBe(abort);
  });
});
