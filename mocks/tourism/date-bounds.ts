/**
 * The JST days a query can match, read from its `q` syntax tree, so a generating source only
 * computes those days. Conservative: the result may hold days the query then filters out,
 * never fewer. `;` intersects, `|` unites; terms on other attributes do not narrow anything.
 */
import type { QLiteral, QNode } from '../broker/q/ast';
import { instant } from '../broker/q/literal';
import { dayNumber, isCalendarDate, jstDateOf } from './calendar';

/** Inclusive day-number ranges, sorted and disjoint; ±Infinity for an open end. */
export type DaySet = ReadonlyArray<readonly [number, number]>;

export interface DateAttribute {
  name: string;
  /**
   * Days to widen a bound by, [before, after]: an entity of day d carries the attribute on
   * day d + shift. dateObservedTo of a daily flow is the next midnight: [-1, 0].
   */
  widen: readonly [number, number];
}

const ALL: DaySet = [[-Infinity, Infinity]];
const NONE: DaySet = [];

/** The day of a date or date-time literal (a date-time's JST day); undefined for others. */
function dayOf(literal: QLiteral, endExclusive: boolean): number | undefined {
  if (typeof literal !== 'string') return undefined;
  if (isCalendarDate(literal)) return dayNumber(literal) - (endExclusive ? 1 : 0);
  const ms = instant(literal);
  if (ms === undefined) return undefined;
  return dayNumber(jstDateOf(endExclusive ? ms - 1 : ms));
}

function union(a: DaySet, b: DaySet): DaySet {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of all) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function intersect(a: DaySet, b: DaySet): DaySet {
  const out: Array<[number, number]> = [];
  for (const [alo, ahi] of a)
    for (const [blo, bhi] of b) {
      const lo = Math.max(alo, blo);
      const hi = Math.min(ahi, bhi);
      if (lo <= hi) out.push([lo, hi]);
    }
  return union(out, NONE);
}

function range(lo: number | undefined, hi: number | undefined, widen: DateAttribute['widen']) {
  if (lo === undefined || hi === undefined) return ALL;
  return lo + widen[0] <= hi + widen[1] ? [[lo + widen[0], hi + widen[1]] as const] : NONE;
}

function compareDays(node: Extract<QNode, { kind: 'compare' }>, attr: DateAttribute): DaySet {
  const { op, operand } = node;
  if (operand.kind === 'range')
    return range(dayOf(operand.from, false), dayOf(operand.to, false), attr.widen);
  if (operand.kind === 'list') {
    if (op !== '==') return ALL;
    return operand.values.reduce<DaySet>((set, v) => {
      const day = dayOf(v, false);
      return day === undefined ? ALL : union(set, range(day, day, attr.widen));
    }, NONE);
  }
  const v = operand.value;
  switch (op) {
    case '==':
      return range(dayOf(v, false), dayOf(v, false), attr.widen);
    case '>=':
    case '>':
      return range(dayOf(v, false), Infinity, attr.widen);
    case '<':
      return range(-Infinity, dayOf(v, true), attr.widen);
    case '<=':
      return range(-Infinity, dayOf(v, false), attr.widen);
    default:
      return ALL;
  }
}

/** The days `q` can match on the given date attributes; everything when q is absent. */
export function daysOfQuery(q: QNode | undefined, attrs: readonly DateAttribute[]): DaySet {
  if (!q) return ALL;
  switch (q.kind) {
    case 'and':
      return q.terms.reduce((set, t) => intersect(set, daysOfQuery(t, attrs)), ALL);
    case 'or':
      return q.terms.reduce((set, t) => union(set, daysOfQuery(t, attrs)), NONE);
    case 'compare': {
      const attr = attrs.find((a) => a.name === q.path.attr);
      const plain = q.path.sub.length === 0 && q.path.valueKeys.length === 0;
      return attr && plain ? compareDays(q, attr) : ALL;
    }
    default:
      return ALL;
  }
}

/** How many days a set spans (Infinity when open). */
export const daysIn = (set: DaySet): number => set.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
