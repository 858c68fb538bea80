import type { AttrPath, QLiteral, QNode, QOperand } from './ast';
import { unquotedLiteral } from './literal';

export class QuerySyntaxError extends Error {
  constructor(message: string, q: string, at: number) {
    super(`invalid q at ${at}: ${message} (q=${q})`);
    this.name = 'QuerySyntaxError';
  }
}

// Longest first, so `>=` is not read as `>` followed by a value starting with `=`.
const OPERATORS = ['==', '!=', '>=', '<=', '!~=', '~=', '>', '<'] as const;
const TERM_END = new Set([';', '|', ')']);
const PATH = /^([^.[\]]+)((?:\.[^.[\]]+)*)((?:\[[^[\]]+\])*)$/;

/**
 * Recursive-descent parser for: `;` (AND) binding tighter than `|` (OR), parentheses,
 * comparisons, value lists `a=="x","y"`, ranges `a==1..5`, patterns `~=` / `!~=`, and bare
 * attribute names (existence). Whitespace outside quotes is an error, as on real brokers.
 */
export function parseQ(q: string): QNode {
  let pos = 0;
  const fail = (message: string): never => {
    throw new QuerySyntaxError(message, q, pos);
  };
  const peek = (): string | undefined => q[pos];

  function parseOr(): QNode {
    const terms = [parseAnd()];
    while (peek() === '|') {
      pos += 1;
      terms.push(parseAnd());
    }
    return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
  }

  function parseAnd(): QNode {
    const terms = [parseFactor()];
    while (peek() === ';') {
      pos += 1;
      terms.push(parseFactor());
    }
    return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
  }

  function parseFactor(): QNode {
    if (peek() !== '(') return parseTerm();
    pos += 1;
    const inner = parseOr();
    if (peek() !== ')') fail('missing )');
    pos += 1;
    return inner;
  }

  function parseTerm(): QNode {
    const path = parsePath();
    const op = OPERATORS.find((o) => q.startsWith(o, pos));
    if (op === undefined) {
      const next = peek();
      if (next === undefined || TERM_END.has(next)) return { kind: 'exists', path };
      return fail(`unexpected ${JSON.stringify(next)}`);
    }
    pos += op.length;
    if (op === '~=' || op === '!~=')
      return { kind: 'pattern', path, negate: op === '!~=', regex: parsePattern() };
    const operand = parseOperand();
    if (operand.kind !== 'value' && op !== '==' && op !== '!=')
      fail(`${op} takes a single value, not a ${operand.kind}`);
    return { kind: 'compare', path, op, operand };
  }

  function parsePath(): AttrPath {
    const start = pos;
    while (pos < q.length && !/[=!<>~;|()"\s,]/.test(q[pos]!)) pos += 1;
    const text = q.slice(start, pos);
    if (text === '') fail('expected an attribute name');
    const m = PATH.exec(text);
    if (!m) return fail(`bad attribute path ${JSON.stringify(text)}`);
    const sub = m[2] ? m[2].slice(1).split('.') : [];
    const valueKeys = m[3] ? m[3].slice(1, -1).split('][') : [];
    return { attr: m[1]!, sub, valueKeys };
  }

  function parseOperand(): QOperand {
    const first = parseValue();
    if (q.startsWith('..', pos)) {
      pos += 2;
      return { kind: 'range', from: first, to: parseValue() };
    }
    if (peek() !== ',') return { kind: 'value', value: first };
    const values = [first];
    while (peek() === ',') {
      pos += 1;
      values.push(parseValue());
    }
    return { kind: 'list', values };
  }

  function parseValue(): QLiteral {
    if (peek() === '"') return parseQuoted();
    const start = pos;
    while (pos < q.length && !TERM_END.has(q[pos]!) && q[pos] !== ',' && !q.startsWith('..', pos))
      pos += 1;
    const text = q.slice(start, pos);
    if (text === '') return fail('expected a value');
    const literal = unquotedLiteral(text);
    if (literal === undefined) pos = start;
    return literal ?? fail(`unquoted text ${JSON.stringify(text)} must be quoted`);
  }

  function parseQuoted(): string {
    const start = pos;
    pos += 1;
    let out = '';
    while (pos < q.length && q[pos] !== '"') {
      if (q[pos] === '\\' && pos + 1 < q.length) pos += 1;
      out += q[pos];
      pos += 1;
    }
    if (pos >= q.length) {
      pos = start;
      fail('unterminated string');
    }
    pos += 1;
    return out;
  }

  function parsePattern(): RegExp {
    let source: string;
    if (peek() === '"') source = parseQuoted();
    else {
      const start = pos;
      while (pos < q.length && !TERM_END.has(q[pos]!)) pos += 1;
      source = q.slice(start, pos);
    }
    if (source === '') fail('empty pattern');
    try {
      return new RegExp(source);
    } catch {
      return fail(`bad pattern ${JSON.stringify(source)}`);
    }
  }

  if (q === '') fail('empty query');
  const tree = parseOr();
  if (pos < q.length) fail(`unexpected ${JSON.stringify(peek())}`);
  return tree;
}
