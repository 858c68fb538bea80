/** One entity member → one `FlatAttr`, whatever the representation. */
import type { FlatAttr, RepresentationHint } from './flat-types';
import { isGeometry } from './geojson';
import { looksLikeInstance, parseInstance } from './instance';
import { chooseInstance } from './multi';
import { isRecord } from './record';
import { plainValue } from './value';

type AttrRead = { ok: true; attr: FlatAttr } | { ok: false };

const bare = (value: unknown): AttrRead => {
  const plain = plainValue(value);
  return { ok: true, attr: { kind: isGeometry(plain) ? 'GeoProperty' : 'Property', value: plain } };
};

const found = (attr: FlatAttr | undefined): AttrRead =>
  attr === undefined ? { ok: false } : { ok: true, attr };

/**
 * Reads an attribute member. Arrays are multi-attributes only when every element is an
 * instance object; an array of strings (hazardTypes) or geometries is a plain value.
 */
export function readAttribute(member: unknown, hint: RepresentationHint | undefined): AttrRead {
  if (hint === 'keyValues') return bare(member);
  if (Array.isArray(member)) {
    const instances = member.filter(isRecord);
    if (
      member.length === 0 ||
      instances.length !== member.length ||
      !instances.every(looksLikeInstance)
    ) {
      return bare(member);
    }
    const parsed = instances.map(parseInstance).filter((a): a is FlatAttr => a !== undefined);
    return found(chooseInstance(parsed));
  }
  if (isRecord(member) && !isGeometry(member) && looksLikeInstance(member))
    return found(parseInstance(member));
  return bare(member);
}
