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
  const attrs: Array<[string, FlatAttr]> = [];
  const droppedAttrs: string[] = [];
  // Object.entries lists own enumerable members only, never inherited ones.
  for (const [name, member] of Object.entries(head.members)) {
    if (!isAttributeName(name) || !isSafeKey(name)) continue;
    const read = readAttribute(member, hint);
    if (read.ok) attrs.push([name, read.attr]);
    else droppedAttrs.push(name);
  }
  // fromEntries defines own properties, so even a hostile key could not reach a prototype.
  const entity = {
    id: head.id,
    type: head.types[0],
    types: head.types,
    attrs: Object.fromEntries(attrs),
    droppedAttrs,
  };
  return { ok: true, entity };
}
