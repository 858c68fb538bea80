import { describe, expect, it } from 'vitest';
import type { QNode } from './ast';
import { parseQ, QuerySyntaxError } from './parse';

const path = (attr: string, sub: string[] = [], valueKeys: string[] = []) => ({
  attr,
  sub,
  valueKeys,
});

describe('parseQ accepts the NGSI-LD subset', () => {
  const cases: [string, QNode][] = [
    ['evacueeTotal', { kind: 'exists', path: path('evacueeTotal') }],
    [
      'evacueeTotal>10',
      {
        kind: 'compare',
        path: path('evacueeTotal'),
        op: '>',
        operand: { kind: 'value', value: 10 },
      },
    ],
    [
      'evacueeTotal>=10.5',
      {
        kind: 'compare',
        path: path('evacueeTotal'),
        op: '>=',
        operand: { kind: 'value', value: 10.5 },
      },
    ],
    ['n<-3', { kind: 'compare', path: path('n'), op: '<', operand: { kind: 'value', value: -3 } }],
    [
      'n<=1e3',
      { kind: 'compare', path: path('n'), op: '<=', operand: { kind: 'value', value: 1000 } },
    ],
    [
      's=="open"',
      { kind: 'compare', path: path('s'), op: '==', operand: { kind: 'value', value: 'open' } },
    ],
    [
      's!="a;b|c)"',
      { kind: 'compare', path: path('s'), op: '!=', operand: { kind: 'value', value: 'a;b|c)' } },
    ],
    [
      's=="say \\"hi\\""',
      { kind: 'compare', path: path('s'), op: '==', operand: { kind: 'value', value: 'say "hi"' } },
    ],
    [
      's=="長崎市"',
      { kind: 'compare', path: path('s'), op: '==', operand: { kind: 'value', value: '長崎市' } },
    ],
    [
      'b==true',
      { kind: 'compare', path: path('b'), op: '==', operand: { kind: 'value', value: true } },
    ],
    [
      's=="open","full"',
      {
        kind: 'compare',
        path: path('s'),
        op: '==',
        operand: { kind: 'list', values: ['open', 'full'] },
      },
    ],
    [
      'n==1,2,3',
      { kind: 'compare', path: path('n'), op: '==', operand: { kind: 'list', values: [1, 2, 3] } },
    ],
    [
      'n==1..5',
      { kind: 'compare', path: path('n'), op: '==', operand: { kind: 'range', from: 1, to: 5 } },
    ],
    [
      's=="a".."c"',
      {
        kind: 'compare',
        path: path('s'),
        op: '==',
        operand: { kind: 'range', from: 'a', to: 'c' },
      },
    ],
    [
      'd==2026-08-01..2026-08-31',
      {
        kind: 'compare',
        path: path('d'),
        op: '==',
        operand: { kind: 'range', from: '2026-08-01', to: '2026-08-31' },
      },
    ],
    [
      'd>=2026-08-01',
      {
        kind: 'compare',
        path: path('d'),
        op: '>=',
        operand: { kind: 'value', value: '2026-08-01' },
      },
    ],
    [
      't<2026-09-01T00:00:00.000Z',
      {
        kind: 'compare',
        path: path('t'),
        op: '<',
        operand: { kind: 'value', value: '2026-09-01T00:00:00.000Z' },
      },
    ],
    [
      'project==urn:ngsi-ld:DisasterEvent:1',
      {
        kind: 'compare',
        path: path('project'),
        op: '==',
        operand: { kind: 'value', value: 'urn:ngsi-ld:DisasterEvent:1' },
      },
    ],
    ['a.observedAt', { kind: 'exists', path: path('a', ['observedAt']) }],
    [
      'address[addressLocality]=="長崎市"',
      {
        kind: 'compare',
        path: path('address', [], ['addressLocality']),
        op: '==',
        operand: { kind: 'value', value: '長崎市' },
      },
    ],
    ['a.b[c][d]', { kind: 'exists', path: path('a', ['b'], ['c', 'd']) }],
  ];
  it.each(cases)('%s', (q, expected) => {
    expect(parseQ(q)).toEqual(expected);
  });

  it('gives ; precedence over | and honours parentheses', () => {
    const e = (attr: string): QNode => ({ kind: 'exists', path: path(attr) });
    expect(parseQ('a;b|c')).toEqual({
      kind: 'or',
      terms: [{ kind: 'and', terms: [e('a'), e('b')] }, e('c')],
    });
    expect(parseQ('a;(b|c)')).toEqual({
      kind: 'and',
      terms: [e('a'), { kind: 'or', terms: [e('b'), e('c')] }],
    });
    expect(parseQ('((a))')).toEqual(e('a'));
  });

  it('compiles patterns', () => {
    const node = parseQ('name~=^長崎');
    expect(node.kind === 'pattern' && node.regex.source).toBe('^長崎');
    const negated = parseQ('name!~="x"');
    expect(negated.kind === 'pattern' && negated.negate).toBe(true);
  });
});

describe('parseQ rejects malformed queries', () => {
  it.each([
    ['', 'empty query'],
    ['a==', 'expected a value'],
    ['==1', 'expected an attribute name'],
    ['a==open', 'must be quoted'],
    ['a=="open', 'unterminated string'],
    ['(a==1', 'missing )'],
    ['a==1)', 'unexpected ")"'],
    ['a==1;', 'expected an attribute name'],
    ['a==1||b==2', 'expected an attribute name'],
    ['a == 1', 'unexpected " "'],
    ['a>1,2', 'takes a single value'],
    ['a<1..5', 'takes a single value'],
    ['a~="("', 'bad pattern'],
    ['a..b==1', 'bad attribute path'],
    ['a=1', 'unexpected "="'],
  ])('%j → %s', (q, message) => {
    expect(() => parseQ(q)).toThrow(QuerySyntaxError);
    expect(() => parseQ(q)).toThrow(message);
  });
});
