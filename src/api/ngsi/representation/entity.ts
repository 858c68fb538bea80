import { readAttribute } from './attribute';
import { isReadMember, readHead, type Head } from './entity-head';
import type {
  FlatAttr,
  FlattenResult,
  KeyValuesResult,
  LazyResult,
  RepresentationHint,
  UnreadEntity,
} from './flat-types';
import { plainValue } from './value';

/**
 * Reads one raw entity in any representation into `{id, type, attrs}`. Never throws: input
 * that is not an entity gives `{ok: false, reason}`; unreadable attributes are listed in
 * `droppedAttrs` and the rest are kept, so one bad attribute does not hide an entity.
 *
 * @param hint the `options` the query used; only `keyValues` changes the reading.
 */
export function flattenEntity(raw: unknown, hint?: RepresentationHint): FlattenResult {
  const head = readHead(raw);
  if (!head.ok) return head;
  const attrs: Record<string, FlatAttr> = {};
  const droppedAttrs: string[] = [];
  // Object.keys lists own enumerable members only, never inherited ones; the keys that could
  // reach a prototype by assignment (__proto__, constructor, prototype) are never copied.
  const members = head.members;
  const names = Object.keys(members);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!isReadMember(name)) continue;
    const attr = readAttribute(members[name], hint);
    if (attr !== undefined) attrs[name] = attr;
    else droppedAttrs.push(name);
  }
  const entity = { id: head.id, type: head.types[0], types: head.types, attrs, droppedAttrs };
  return { ok: true, entity };
}

const NO_ATTRS: Readonly<Record<string, never>> = Object.freeze({});

/** What a keyValues and a lazily read entity share: the head, and no attribute read yet. */
const unread = (head: Extract<Head, { ok: true }>): UnreadEntity => ({
  id: head.id,
  type: head.types[0],
  types: head.types,
  attrs: NO_ATTRS,
});

/**
 * A keyValues entity, its members left as the broker sent them (`flattenEntity` would wrap
 * each in an object: the largest feeds, a day of tourism presence, come as keyValues). Read
 * its attributes with `memberValue`.
 */
export function keyValuesEntity(raw: unknown): KeyValuesResult {
  const head = readHead(raw);
  return head.ok ? { ok: true, entity: { ...unread(head), values: head.members } } : head;
}

/**
 * One attribute of a keyValues entity, by the rules `flattenEntity` applies in keyValues:
 * entity-level members (id, type, system times, JSON-LD keywords) and names that could reach
 * a prototype are not attributes; JSON-LD value objects are unwrapped and the null sentinel
 * reads as null.
 */
export function memberValue(members: Readonly<Record<string, unknown>>, name: string): unknown {
  const attribute = isReadMember(name) && Object.hasOwn(members, name);
  return attribute ? plainValue(members[name]) : undefined;
}

/**
 * A normalized or concise entity whose attributes are read only when a parser asks for one
 * (`memberAttribute`): the masters' parsers read eight of an entity's members and no metadata,
 * and a wrapper object per member is most of what flattening costs.
 */
export function lazyEntity(raw: unknown): LazyResult {
  const head = readHead(raw);
  return head.ok ? { ok: true, entity: { ...unread(head), members: head.members } } : head;
}

/**
 * One attribute of a lazily read entity, as `flattenEntity` would have read it (normalized or
 * concise); undefined when it is not an attribute, absent, or unreadable.
 */
export function memberAttribute(
  members: Readonly<Record<string, unknown>>,
  name: string,
): FlatAttr | undefined {
  return isReadMember(name) && Object.hasOwn(members, name)
    ? readAttribute(members[name], undefined)
    : undefined;
}
