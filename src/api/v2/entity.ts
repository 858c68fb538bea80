/**
 * NGSI v2 entities (FIWARE Orion, contract §5) read into the NGSI-LD shapes the rest of the
 * transport understands, once, at the boundary: type and attribute names are those of §2;
 * only the wire format differs. Nothing is judged here — a value that cannot be read is
 * passed on as it came, for the entity parsers to skip and count.
 */

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `"lat, lon"`: the older `geo:point` puts latitude first. */
const GEO_POINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/** A `geo:point` string as a GeoJSON Point, or undefined when it is not `"lat, lon"`. */
export function pointFromGeoPoint(
  text: string,
): { type: 'Point'; coordinates: [number, number] } | undefined {
  const m = GEO_POINT.exec(text);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { type: 'Point', coordinates: [lon, lat] };
}

/** v2 names the event relationship `refDisasterEvent`; §2 calls it `project`. */
const LD_NAME: Readonly<Record<string, string>> = { refDisasterEvent: 'project' };

const metadataTime = (attr: Record<string, unknown>): unknown => {
  const metadata = attr['metadata'];
  const instant = isObject(metadata) ? metadata['TimeInstant'] : undefined;
  return isObject(instant) ? instant['value'] : undefined;
};

const valueOf = (attr: unknown): unknown => (isObject(attr) ? attr['value'] : undefined);

/**
 * One normalized v2 attribute as an NGSI-LD one. Its time (`observedAt`) is its own
 * `TimeInstant` metadata, else the entity's (`fallbackTime`: `dateObserved`, else
 * `dateModified`).
 */
function attributeFromV2(name: string, attr: unknown, fallbackTime: unknown): unknown {
  if (!isObject(attr)) return attr;
  const type = attr['type'];
  const value = attr['value'];
  const time = metadataTime(attr) ?? fallbackTime;
  const observedAt = typeof time === 'string' ? { observedAt: time } : {};
  if (type === 'geo:json') return { type: 'GeoProperty', value, ...observedAt };
  if (type === 'geo:point') {
    const point = typeof value === 'string' ? pointFromGeoPoint(value) : undefined;
    return point
      ? { type: 'GeoProperty', value: point, ...observedAt }
      : { type: 'Property', value };
  }
  if (type === 'Relationship' || name === 'refDisasterEvent')
    return { type: 'Relationship', object: value, ...observedAt };
  return { type: 'Property', value, ...observedAt };
}

/** A key-values attribute: `location` may be a `geo:point` string, latitude first. */
function keyValueFromV2(name: string, value: unknown): unknown {
  if (name === 'location' && typeof value === 'string') return pointFromGeoPoint(value) ?? value;
  return value;
}

/**
 * A v2 entity in NGSI-LD form: normalized → normalized (types, `observedAt`, GeoProperty,
 * Relationship), key-values → key-values; `refDisasterEvent` → `project`. Anything that is
 * not an object is returned as it is.
 */
export function entityFromV2(raw: unknown, keyValues: boolean): unknown {
  if (!isObject(raw)) return raw;
  const fallbackTime = keyValues
    ? undefined
    : (valueOf(raw['dateObserved']) ?? valueOf(raw['dateModified']));
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(raw)) {
    if (name === 'id' || name === 'type') {
      out[name] = attr;
      continue;
    }
    if (name === 'dateModified' || name === 'dateCreated') {
      // Orion's built-ins (asked for in place of sysAttrs) are NGSI-LD's system attributes.
      const time = keyValues ? attr : valueOf(attr);
      if (typeof time === 'string')
        out[name === 'dateModified' ? 'modifiedAt' : 'createdAt'] = time;
      continue;
    }
    out[LD_NAME[name] ?? name] = keyValues
      ? keyValueFromV2(name, attr)
      : attributeFromV2(name, attr, fallbackTime);
  }
  return out;
}
