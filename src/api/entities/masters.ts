import { z } from 'zod';
import type { DesignatedShelter, EvacuationSite } from '../../domain/types';
import {
  addressText,
  displayText,
  hazardList,
  municipalityCode,
  nonNegativeInt,
  pointInPrefecture,
} from './fields';
import { valuesOf, type FlatEntityLike } from './flat';

const SITE_ID = /^E\d{10}20[1-9A-Za-z]$/;
const SHELTER_ID = /^E\d{10}1[12][1-9A-Za-z]$/;

const common = {
  id: z.string().min(1).max(512),
  name: displayText(200),
  address: addressText,
  localGovernmentCode: municipalityCode,
  location: pointInPrefecture,
  maxCapacity: nonNegativeInt.optional(),
};

export const evacuationSiteSchema = z.object({
  ...common,
  nationalShelterId: z.string().regex(SITE_ID, { message: 'not an emergency-site 共通ID' }),
  hazardTypes: hazardList.default({ known: [], unknown: [] }),
  alsoDesignatedShelter: z.boolean().optional(),
});

export const designatedShelterSchema = z.object({
  ...common,
  nationalShelterId: z.string().regex(SHELTER_ID, { message: 'not a shelter 共通ID' }),
  shelterType: z.string().optional(),
  targetEvacuees: displayText(300).optional(),
});

const siteAttrs = Object.keys(evacuationSiteSchema.shape).filter((k) => k !== 'id');
const shelterAttrs = Object.keys(designatedShelterSchema.shape).filter((k) => k !== 'id');

export type EntityParse<T> =
  { ok: true; value: T; warnings: readonly string[] } | { ok: false; reason: string };

/** "location: outside Nagasaki Prefecture"-style reasons, stable enough to count by. */
export function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  const message =
    issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}

/** The fields both masters share, from their validated form to the domain's. */
function commonOf(
  d: z.infer<typeof evacuationSiteSchema> | z.infer<typeof designatedShelterSchema>,
) {
  return {
    id: d.id,
    nationalShelterId: d.nationalShelterId,
    name: d.name,
    address: d.address,
    municipalityCode: d.localGovernmentCode,
    location: d.location,
    ...(d.maxCapacity !== undefined && { maxCapacity: d.maxCapacity }),
  };
}

export function parseEvacuationSite(entity: FlatEntityLike): EntityParse<EvacuationSite> {
  const r = evacuationSiteSchema.safeParse(valuesOf(entity, siteAttrs));
  if (!r.success) return { ok: false, reason: reasonOf(r.error) };
  const d = r.data;
  return {
    ok: true,
    warnings: d.hazardTypes.unknown.map(
      (v) => `hazardTypes: unknown value ignored (${v.slice(0, 40)})`,
    ),
    value: {
      kind: 'site',
      ...commonOf(d),
      hazardTypes: d.hazardTypes.known,
      ...(d.alsoDesignatedShelter !== undefined && {
        alsoDesignatedShelter: d.alsoDesignatedShelter,
      }),
    },
  };
}

export function parseDesignatedShelter(entity: FlatEntityLike): EntityParse<DesignatedShelter> {
  const r = designatedShelterSchema.safeParse(valuesOf(entity, shelterAttrs));
  if (!r.success) return { ok: false, reason: reasonOf(r.error) };
  const d = r.data;
  // The 共通ID type code is authoritative (11 general, 12 welfare); a missing or unknown
  // shelterType is repaired from it and reported rather than dropping a real shelter.
  const fromId = d.nationalShelterId.slice(11, 13) === '12' ? 'welfare' : 'general';
  const warnings: string[] = [];
  if (d.shelterType !== fromId) {
    warnings.push(
      d.shelterType === undefined
        ? 'shelterType: missing, taken from 共通ID'
        : `shelterType: "${d.shelterType.slice(0, 40)}" disagrees with 共通ID, 共通ID used`,
    );
  }
  return {
    ok: true,
    warnings,
    value: {
      kind: 'shelter',
      ...commonOf(d),
      shelterType: fromId,
      ...(d.targetEvacuees !== undefined && { targetEvacuees: d.targetEvacuees }),
    },
  };
}
