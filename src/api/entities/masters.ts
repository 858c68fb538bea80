import type { DesignatedShelter, EvacuationSite, HazardType, LngLat } from '../../domain/types';
import { inPrefectureBox } from '../../domain/geo';
import { isHazardType } from './fields';
import { valueOf, type FlatEntityLike } from './flat';
import type { EntityParse } from './entity-parse';
import {
  displayTextField,
  municipalityField,
  nonNegativeInteger,
  optional,
  required,
  stringField,
  entityId,
  warnedParser,
  NO_WARNINGS,
} from './plain-fields';
import { isRecord } from '../ngsi/representation/record';
import { fail } from './invalid';

/*
 * The masters are the largest feeds of the operations view (every designation in the
 * prefecture, 200,000 nationwide), so their rules are plain checks (plain-fields.ts), in the
 * order the fields are listed here: the first broken one is the skip reason.
 */

const SITE_ID = /^E\d{10}20[1-9A-Za-z]$/;
const SHELTER_ID = /^E\d{10}1[12][1-9A-Za-z]$/;
const NAME_MAX = 200;
const ADDRESS_MAX = 300;
const TARGET_MAX = 300;

const ADDRESS_PARTS = [
  'addressRegion',
  'prefecture',
  'addressLocality',
  'city',
  'town',
  'streetAddress',
  'block',
] as const;

/** Address: free text, or a JapaneseAddress / PostalAddress-like object flattened to text. */
function addressField(v: unknown): string {
  if (typeof v === 'string') return displayTextField('address', v, ADDRESS_MAX);
  if (!isRecord(v)) return fail('address', 'not a string');
  const text = ADDRESS_PARTS.map((k) => v[k])
    .filter((part): part is string => typeof part === 'string')
    .join('');
  return displayTextField('address', text, ADDRESS_MAX);
}

function coordinate(field: string, v: unknown): number {
  if (typeof v !== 'number') return fail(field, v === undefined ? 'missing' : 'not a number');
  return Number.isFinite(v) ? v : fail(field, 'not a finite number');
}

/** A GeoJSON Point inside the prefecture box; swapped lat/lon gets its own reason. */
function pointField(v: unknown): LngLat {
  if (!isRecord(v)) return fail('location', 'not an object');
  if (v['type'] !== 'Point') return fail('location.type', 'not a known value');
  const coordinates = v['coordinates'];
  if (!Array.isArray(coordinates)) return fail('location.coordinates', 'not an array');
  const lon = coordinate('location.coordinates.0', coordinates[0]);
  const lat = coordinate('location.coordinates.1', coordinates[1]);
  for (let i = 2; i < coordinates.length; i++)
    if (typeof coordinates[i] !== 'number') fail(`location.coordinates.${i}`, 'not a number');
  if (inPrefectureBox([lon, lat])) return [lon, lat];
  return fail(
    'location',
    inPrefectureBox([lat, lon]) ? 'latitude and longitude swapped' : 'outside Nagasaki Prefecture',
  );
}

/** A hazard list split into known values (each once) and unknown ones (reported, not fatal). */
function hazardsField(v: unknown): { known: HazardType[]; unknown: string[] } {
  if (!Array.isArray(v)) return fail('hazardTypes', 'not an array');
  const known: HazardType[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    const s = typeof item === 'string' ? item : stringField(`hazardTypes.${i}`, item);
    if (!isHazardType(s)) unknown.push(s);
    else if (!known.includes(s)) known.push(s);
  }
  return { known, unknown };
}

/** What a master's 共通ID must look like, and what its skip reason says when it does not. */
interface SharedIdRule {
  shape: RegExp;
  message: string;
}

const notMunicipality = () => 'not a Nagasaki municipality code';

/**
 * The fields both masters share, checked in this order (the first broken one is the skip
 * reason), in the domain's form; the capacity apart, as it is set only when given (absent
 * stays absent: no key, never undefined).
 */
function readDesignation(entity: FlatEntityLike, idRule: SharedIdRule) {
  entityId(entity); // checked (present, bounded), not kept: see DesignationBase
  const name = displayTextField('name', required(entity, 'name'), NAME_MAX);
  const address = addressField(required(entity, 'address'));
  const code = municipalityField(
    'localGovernmentCode',
    required(entity, 'localGovernmentCode'),
    notMunicipality,
  );
  const location = pointField(required(entity, 'location'));
  const maxCapacity = optional(entity, 'maxCapacity', (v) => nonNegativeInteger('maxCapacity', v));
  const sharedId = stringField('nationalShelterId', required(entity, 'nationalShelterId'));
  if (!idRule.shape.test(sharedId)) fail('nationalShelterId', idRule.message);
  const common = {
    nationalShelterId: sharedId,
    name,
    address,
    municipalityCode: code,
    location,
  };
  return { common, maxCapacity };
}

export const parseEvacuationSite: (entity: FlatEntityLike) => EntityParse<EvacuationSite> =
  warnedParser(readSite);

function readSite(entity: FlatEntityLike) {
  const { common, maxCapacity } = readDesignation(entity, {
    shape: SITE_ID,
    message: 'not an emergency-site 共通ID',
  });
  const hazards = valueOf(entity, 'hazardTypes');
  const { known, unknown } =
    hazards === undefined ? { known: [], unknown: [] } : hazardsField(hazards);
  const also = optional(entity, 'alsoDesignatedShelter', (v) =>
    typeof v === 'boolean' ? v : fail('alsoDesignatedShelter', 'not a boolean'),
  );
  const value: EvacuationSite = { kind: 'site', ...common, hazardTypes: known };
  if (maxCapacity !== undefined) value.maxCapacity = maxCapacity;
  if (also !== undefined) value.alsoDesignatedShelter = also;
  const warnings =
    unknown.length === 0
      ? NO_WARNINGS
      : unknown.map((v) => `hazardTypes: unknown value ignored (${v.slice(0, 40)})`);
  return { value, warnings };
}

export const parseDesignatedShelter: (entity: FlatEntityLike) => EntityParse<DesignatedShelter> =
  warnedParser(readShelter);

function readShelter(entity: FlatEntityLike) {
  const { common, maxCapacity } = readDesignation(entity, {
    shape: SHELTER_ID,
    message: 'not a shelter 共通ID',
  });
  const shelterType = optional(entity, 'shelterType', (v) => stringField('shelterType', v));
  const target = optional(entity, 'targetEvacuees', (v) =>
    displayTextField('targetEvacuees', v, TARGET_MAX),
  );
  // The 共通ID type code is authoritative (11 general, 12 welfare); a missing or unknown
  // shelterType is repaired from it and reported rather than dropping a real shelter.
  const fromId = common.nationalShelterId.slice(11, 13) === '12' ? 'welfare' : 'general';
  const warnings =
    shelterType === fromId
      ? NO_WARNINGS
      : [
          shelterType === undefined
            ? 'shelterType: missing, taken from 共通ID'
            : `shelterType: "${shelterType.slice(0, 40)}" disagrees with 共通ID, 共通ID used`,
        ];
  const value: DesignatedShelter = { kind: 'shelter', ...common, shelterType: fromId };
  if (maxCapacity !== undefined) value.maxCapacity = maxCapacity;
  if (target !== undefined) value.targetEvacuees = target;
  return { value, warnings };
}
