import type { Fingerprint } from './fingerprint';
import type {
  DesignatedShelter,
  Designation,
  EvacuationSite,
  HazardType,
  LngLat,
} from '../../domain/types';

/**
 * A master set as columns, the form it crosses from the worker to the page and is kept in
 * IndexedDB. A structured clone of 200,000 designation objects arrives as objects whose fields
 * spill out of the object (property arrays), coordinates as boxed numbers, and a fresh string
 * for every repeated '42201', 'site' or hazard: the page's largest cost in memory and the
 * longest task of a nationwide load. Columns cross as a few arrays, and the page builds each
 * designation once, in its final shape (fromColumns).
 */
export interface DesignationColumns {
  count: number;
  nationalIds: string[];
  names: string[];
  addresses: string[];
  /** The distinct municipality codes; `code[i]` is the item's index into them. */
  codes: string[];
  code: Uint32Array;
  /** Longitude, latitude per item. */
  lonLat: Float64Array;
  /** NaN: no capacity given. */
  maxCapacity: Float64Array;
  /** FLAG bits per item. */
  flags: Uint8Array;
  /** The distinct hazard lists as the parser gave them (order kept); `hazards[i]` for sites. */
  hazardLists: HazardType[][];
  hazards: Uint32Array;
  /** Shelters with a targetEvacuees text: their item indexes, and the texts. */
  targetAt: Uint32Array;
  targets: string[];
}

const FLAG = { shelter: 1, welfare: 2, alsoGiven: 4, also: 8 } as const;

/** Index of `key` in a growing list of distinct values (the list and its lookup). */
function dictionary<T>(keyOf: (value: T) => string) {
  const values: T[] = [];
  const index = new Map<string, number>();
  return {
    values,
    indexOf(value: T): number {
      const key = keyOf(value);
      let at = index.get(key);
      if (at === undefined) {
        at = values.length;
        values.push(value);
        index.set(key, at);
      }
      return at;
    },
  };
}

function flagsOf(d: Designation): number {
  if (d.kind === 'shelter') return FLAG.shelter | (d.shelterType === 'welfare' ? FLAG.welfare : 0);
  if (d.alsoDesignatedShelter === undefined) return 0;
  return FLAG.alsoGiven | (d.alsoDesignatedShelter ? FLAG.also : 0);
}

/** Columns of `items` (the worker's side). */
export function toColumns(items: readonly Designation[]): DesignationColumns {
  const n = items.length;
  const codes = dictionary<string>((c) => c);
  const lists = dictionary<HazardType[]>((l) => l.join(','));
  const c: DesignationColumns = {
    count: n,
    nationalIds: new Array<string>(n),
    names: new Array<string>(n),
    addresses: new Array<string>(n),
    codes: codes.values,
    code: new Uint32Array(n),
    lonLat: new Float64Array(2 * n),
    maxCapacity: new Float64Array(n),
    flags: new Uint8Array(n),
    hazardLists: lists.values,
    hazards: new Uint32Array(n),
    targetAt: new Uint32Array(0),
    targets: [],
  };
  const targetAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = items[i]!;
    c.nationalIds[i] = d.nationalShelterId;
    c.names[i] = d.name;
    c.addresses[i] = d.address;
    c.code[i] = codes.indexOf(d.municipalityCode);
    c.lonLat[2 * i] = d.location[0];
    c.lonLat[2 * i + 1] = d.location[1];
    c.maxCapacity[i] = d.maxCapacity ?? Number.NaN;
    c.flags[i] = flagsOf(d);
    if (d.kind === 'site') c.hazards[i] = lists.indexOf(d.hazardTypes);
    else if (d.targetEvacuees !== undefined) {
      targetAt.push(i);
      c.targets.push(d.targetEvacuees);
    }
  }
  c.targetAt = Uint32Array.from(targetAt);
  return c;
}

/** The fields every designation has, whichever master it is from, but its location. */
interface Common {
  nationalShelterId: string;
  name: string;
  address: string;
  municipalityCode: string;
}

/**
 * The page's designations of one set. Each reads its location from the set's coordinate
 * column when asked (a new [lon, lat] each time) instead of keeping an array of its own:
 * nationwide those arrays were 40 bytes a designation, 8 MB at 200,000. Everything else is
 * an own field, set in one order, and an optional field is absent when not given (no key,
 * never undefined), as the parser leaves it.
 */
function designationClasses(lonLat: Float64Array) {
  class Placed {
    /** The designation's row in its set's columns. */
    readonly row: number;
    nationalShelterId: string;
    name: string;
    address: string;
    municipalityCode: string;
    declare maxCapacity?: number;
    constructor(row: number, h: Common, cap: number) {
      this.row = row;
      this.nationalShelterId = h.nationalShelterId;
      this.name = h.name;
      this.address = h.address;
      this.municipalityCode = h.municipalityCode;
      if (!Number.isNaN(cap)) this.maxCapacity = cap;
    }
    get location(): LngLat {
      const at = 2 * this.row;
      return [lonLat[at]!, lonLat[at + 1]!];
    }
  }
  class Site extends Placed implements EvacuationSite {
    readonly kind = 'site';
    hazardTypes: HazardType[];
    declare alsoDesignatedShelter?: boolean;
    constructor(row: number, h: Common, cap: number, hazardTypes: HazardType[], flags: number) {
      super(row, h, cap);
      this.hazardTypes = hazardTypes;
      if (flags & FLAG.alsoGiven) this.alsoDesignatedShelter = (flags & FLAG.also) !== 0;
    }
  }
  class Shelter extends Placed implements DesignatedShelter {
    readonly kind = 'shelter';
    shelterType: DesignatedShelter['shelterType'];
    declare targetEvacuees?: string;
    constructor(row: number, h: Common, cap: number, flags: number, target: string | undefined) {
      super(row, h, cap);
      this.shelterType = flags & FLAG.welfare ? 'welfare' : 'general';
      if (target !== undefined) this.targetEvacuees = target;
    }
  }
  return { Site, Shelter };
}

/**
 * The designations back (the page's side). Each municipality code is one string and each
 * distinct hazard list one frozen array, shared by every designation that has it; locations
 * stay in the coordinate column (designationClasses).
 */
export function fromColumns(c: DesignationColumns): Designation[] {
  const { Site, Shelter } = designationClasses(c.lonLat);
  const lists = c.hazardLists.map((l) => Object.freeze(l) as HazardType[]);
  const targets = new Map<number, string>();
  for (let t = 0; t < c.targetAt.length; t++) targets.set(c.targetAt[t]!, c.targets[t]!);
  const out: Designation[] = [];
  for (let i = 0; i < c.count; i++) {
    const common: Common = {
      nationalShelterId: c.nationalIds[i]!,
      name: c.names[i]!,
      address: c.addresses[i]!,
      municipalityCode: c.codes[c.code[i]!]!,
    };
    const flags = c.flags[i]!;
    const cap = c.maxCapacity[i]!;
    out.push(
      flags & FLAG.shelter
        ? new Shelter(i, common, cap, flags, targets.get(i))
        : new Site(i, common, cap, lists[c.hazards[i]!]!, flags),
    );
  }
  return out;
}
/** Folds every column into `fp`: equal columns, equal fingerprints. */
export function fingerprintColumns(c: DesignationColumns, fp: Fingerprint): Fingerprint {
  for (const strings of [c.nationalIds, c.names, c.addresses, c.codes, c.targets])
    for (let i = 0; i < strings.length; i++) fp.text(strings[i]!);
  fp.text(JSON.stringify(c.hazardLists));
  for (const view of [c.code, c.lonLat, c.maxCapacity, c.flags, c.hazards, c.targetAt])
    fp.bits(view);
  return fp;
}
