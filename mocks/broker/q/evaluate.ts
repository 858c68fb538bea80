import { isJsonObject, type JsonValue, type NgsiEntity } from '../json';
import type { AttrPath, CompareOp, QLiteral, QNode, QOperand } from './ast';
import { instant } from './literal';

// Attribute members addressed with a dot that are metadata, not sub-attributes.
const META = new Set(['observedAt', 'createdAt', 'modifiedAt', 'unitCode', 'datasetId']);

/** True when the entity satisfies the query (NGSI-LD §4.9 semantics). */
export function matchesQ(node: QNode, entity: NgsiEntity): boolean {
  switch (node.kind) {
    case 'and':
      return node.terms.every((t) => matchesQ(t, entity));
    case 'or':
      return node.terms.some((t) => matchesQ(t, entity));
    case 'exists':
      return targetValues(entity, node.path).length > 0;
    case 'pattern': {
      const hits = targetValues(entity, node.path).filter(
        (v): v is string => typeof v === 'string',
      );
      if (hits.length === 0) return false;
      const any = hits.some((v) => node.regex.test(v));
      return node.negate ? !any : any;
    }
    case 'compare': {
      const values = targetValues(entity, node.path);
      // A missing target makes every term false, `!=` included (§4.9).
      if (values.length === 0) return false;
      if (node.op === '!=') return !values.some((v) => equalsOperand(v, node.operand));
      if (node.op === '==') return values.some((v) => equalsOperand(v, node.operand));
      const op = node.op;
      const operand = node.operand;
      return operand.kind === 'value' && values.some((v) => ordered(op, compare(v, operand.value)));
    }
  }
}

/**
 * The values a path points at. Multi-attribute instances and array values fan out, so that
 * `hazardTypes=="tsunami"` matches an entity whose hazardTypes contains "tsunami".
 */
export function targetValues(entity: NgsiEntity, path: AttrPath): JsonValue[] {
  const raw = entity[path.attr];
  if (raw === undefined) return [];
  const out: JsonValue[] = [];
  for (const instance of Array.isArray(raw) ? raw : [raw]) {
    let value: JsonValue | undefined = attributeValue(instance, path.sub);
    for (const key of path.valueKeys) value = isJsonObject(value) ? value[key] : undefined;
    if (value === undefined) continue;
    if (Array.isArray(value)) out.push(...value);
    else out.push(value);
  }
  return out;
}

function attributeValue(instance: JsonValue, sub: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = instance;
  for (const [i, name] of sub.entries()) {
    if (!isJsonObject(node)) return undefined;
    if (META.has(name) && i === sub.length - 1) return node[name];
    node = node[name];
  }
  if (!isJsonObject(node)) return undefined;
  return node.value ?? node.object ?? node.languageMap;
}

function equalsOperand(value: JsonValue, operand: QOperand): boolean {
  switch (operand.kind) {
    case 'value':
      return compare(value, operand.value) === 0;
    case 'list':
      return operand.values.some((o) => compare(value, o) === 0);
    case 'range': {
      const low = compare(value, operand.from);
      const high = compare(value, operand.to);
      return low !== undefined && high !== undefined && low >= 0 && high <= 0;
    }
  }
}

/** Sign of value − literal, or undefined when the two are not comparable. */
function compare(value: JsonValue, literal: QLiteral): number | undefined {
  if (typeof value === 'number' && typeof literal === 'number') return Math.sign(value - literal);
  if (typeof value === 'boolean' && typeof literal === 'boolean')
    return Number(value) - Number(literal);
  if (typeof value !== 'string' || typeof literal !== 'string') return undefined;
  const a = instant(value);
  const b = instant(literal);
  if (a !== undefined && b !== undefined) return Math.sign(a - b);
  return value < literal ? -1 : value > literal ? 1 : 0;
}

function ordered(op: Exclude<CompareOp, '==' | '!='>, sign: number | undefined): boolean {
  if (sign === undefined) return false;
  if (op === '>') return sign > 0;
  if (op === '>=') return sign >= 0;
  if (op === '<') return sign < 0;
  return sign <= 0;
}
