/**
 * The bare page's data path: a plain fetch of every page, JSON.parse, and the least mapping
 * that draws the same points (one per facility: the first 11 characters of the 共通ID, placed
 * at its first shelter, else its first site). No validation, no worker, no report.
 */
export interface BarePoint {
  key: string;
  position: [number, number];
  site: boolean;
}

interface RawEntity {
  type: string;
  nationalShelterId: { value: string };
  location: { value: { coordinates: [number, number] } };
}

/** West, south, east, north. */
export type BareBounds = [number, number, number, number];

/** config.json of the bare page, written by the bench (tests/bench/targets.ts). */
export interface BareConfig {
  apiBaseUrl: string;
  contextUrl: string;
  /** The dashboard's camera presets in its kiosk order; the first frames the prefecture. */
  presets: BareBounds[];
}

/** The dashboard client's default page size. */
const PAGE = 500;

async function fetchAll(config: BareConfig, type: string): Promise<RawEntity[]> {
  const base = config.apiBaseUrl === '.' ? location.origin : config.apiBaseUrl;
  const headers = {
    Accept: 'application/json',
    Link: `<${config.contextUrl}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
  };
  const out: RawEntity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const url = `${base}/ngsi-ld/v1/entities?type=${type}&limit=${PAGE}&offset=${offset}&count=true`;
    const res = await fetch(url, { headers, cache: 'no-store' });
    if (!res.ok) throw new Error(`${type}: HTTP ${res.status}`);
    const page = JSON.parse(await res.text()) as RawEntity[];
    for (const e of page) out.push(e);
    const total = Number(res.headers.get('NGSILD-Results-Count') ?? NaN);
    if (page.length < PAGE || out.length >= total) return out;
  }
}

export async function fetchPoints(config: BareConfig): Promise<BarePoint[]> {
  const [sites, shelters] = await Promise.all([
    fetchAll(config, 'EvacuationSite'),
    fetchAll(config, 'DesignatedShelter'),
  ]);
  const byKey = new Map<string, BarePoint>();
  for (const list of [shelters, sites])
    for (const e of list) {
      const key = e.nationalShelterId.value.slice(0, 11);
      if (!byKey.has(key))
        byKey.set(key, {
          key,
          position: e.location.value.coordinates,
          site: e.type === 'EvacuationSite',
        });
    }
  return [...byKey.values()];
}
