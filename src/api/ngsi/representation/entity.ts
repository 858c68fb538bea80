import { readAttribute } from './attribute';
import { isAttributeName, readHead } from './entity-head';
import type { FlatAttr, FlattenResult, RepresentationHint } from './flat-types';
import { isSafeKey } from './record';

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
  for (const name of Object.keys(head.members)) {
    if (!isAttributeName(name) || !isSafeKey(name)) continue;
    const attr = readAttribute(head.members[name], hint);
    if (attr !== undefined) attrs[name] = attr;
    else droppedAttrs.push(name);
  }
  const entity = { id: head.id, type: head.types[0], types: head.types, attrs, droppedAttrs };
  return { ok: true, entity };
}
