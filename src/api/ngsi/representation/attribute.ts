/** One entity member → one `FlatAttr`, whatever the representation. */
import type { FlatAttr, RepresentationHint } from './flat-types';
import { isGeometry } from './geojson';
import {
  fastProperty,
  fastRelationship,
  looksLikeInstance,
  parseInstance,
  schemaInstance,
} from './instance';
import { chooseInstance } from './multi';
import { isRecord } from './record';
import { plainValue } from './value';

const bare = (value: unknown): FlatAttr => {
  const plain = plainValue(value);
  return { kind: isGeometry(plain) ? 'GeoProperty' : 'Property', value: plain };
};

/**
 * Reads an attribute member; undefined when it cannot be read (no wrapper object: this runs
 * once per attribute of every entity of every poll). Arrays are multi-attributes only when
 * every element is an instance object; an array of strings (hazardTypes) or geometries is a
 * plain value.
 */
export function readAttribute(
  member: unknown,
  hint: RepresentationHint | undefined,
): FlatAttr | undefined {
  // keyValues members, and a string, number or boolean in any representation, are bare values.
  if (hint === 'keyValues' || typeof member !== 'object' || member === null) return bare(member);
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
    return chooseInstance(parsed);
  }
  if (!isRecord(member)) return bare(member);
  // Nearly every member is a Property, GeoProperty or Relationship instance: read first. A
  // geometry's type is a GeoJSON one, never these, so the order changes no reading.
  const fast = fastProperty(member) ?? fastRelationship(member);
  if (fast) return fast;
  if (!isGeometry(member) && looksLikeInstance(member)) return schemaInstance(member);
  return bare(member);
}
