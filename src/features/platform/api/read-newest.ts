/**
 * The newest record per municipality in raw entities of one type (pure): the broker's own
 * `modifiedAt` when it sent system attributes, else the newest `observedAt` of any attribute.
 * Entities whose `localGovernmentCode` is none of the 21 are left out; times that do not
 * parse are ignored, never replaced by a guess.
 */
import { flattenEntity } from '../../../api/ngsi/representation/entity';
import { isRecord } from '../../../api/ngsi/representation/record';
import { normalizeMunicipalityCode } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';

export const CODE_ATTRIBUTE = 'localGovernmentCode';

export interface NewestRead {
  modifiedAt: Record<MunicipalityCode, number>;
  observedAt: Record<MunicipalityCode, number>;
}

const timeOf = (v: unknown): number | undefined => {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? t : undefined;
};

const latest = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** The entity's own `modifiedAt`, else the newest of its attributes' (every instance). */
function modifiedAtOf(raw: Record<string, unknown>): number | undefined {
  const own = timeOf(raw.modifiedAt);
  if (own !== undefined) return own;
  let best: number | undefined;
  for (const member of Object.values(raw)) {
    for (const instance of Array.isArray(member) ? member : [member])
      if (isRecord(instance)) best = latest(best, timeOf(instance.modifiedAt));
  }
  return best;
}

function put(
  into: Record<MunicipalityCode, number>,
  code: MunicipalityCode,
  t: number | undefined,
) {
  if (t === undefined) return;
  const seen = into[code];
  if (seen === undefined || t > seen) into[code] = t;
}

export function readNewest(entities: readonly unknown[]): NewestRead {
  const out: NewestRead = { modifiedAt: {}, observedAt: {} };
  for (const raw of entities) {
    const flat = flattenEntity(raw);
    if (!flat.ok || !isRecord(raw)) continue;
    const value = flat.entity.attrs[CODE_ATTRIBUTE]?.value;
    const code = typeof value === 'string' ? normalizeMunicipalityCode(value) : undefined;
    if (code === undefined) continue;
    put(out.modifiedAt, code, modifiedAtOf(raw));
    let observed: number | undefined;
    for (const attr of Object.values(flat.entity.attrs))
      observed = latest(observed, timeOf(attr.observedAt));
    put(out.observedAt, code, observed);
  }
  return out;
}
