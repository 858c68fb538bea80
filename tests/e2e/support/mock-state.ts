/** Reads the mock broker over HTTP like any client, to compute expected numbers on its own. */
const CONTEXT = 'https://nagasaki.example/ngsi-ld/context.jsonld';
const LINK = `<${CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;

export interface Prop {
  value?: unknown;
  observedAt?: string;
  object?: string;
}
export type RawEntity = { id: string; type: string } & Record<string, Prop | string>;

export async function fetchAll(apiUrl: string, type: string): Promise<RawEntity[]> {
  const out: RawEntity[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await fetch(
      `${apiUrl}/ngsi-ld/v1/entities?type=${type}&limit=1000&offset=${offset}`,
      {
        headers: { Accept: 'application/json', Link: LINK },
      },
    );
    const page = (await res.json()) as RawEntity[];
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

const prop = (e: RawEntity, name: string): Prop | undefined => {
  const p = e[name];
  return typeof p === 'object' ? p : undefined;
};
const count = (e: RawEntity, name: string): number => {
  const v = prop(e, name)?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
};
const latest = (e: RawEntity): string =>
  Object.keys(e)
    .map((k) => prop(e, k)?.observedAt ?? '')
    .sort()
    .at(-1) ?? '';

/**
 * Expected prefecture totals from raw EvacuationShelter entities, by the rules the contract
 * states (one report per shelter, the latest wins; closed shelters hold nobody; open = open
 * or full), written independently of the app's model. With `municipality` (5 digits), only the
 * reports of that municipality.
 */
export function expectedTotals(overlays: readonly RawEntity[], municipality?: string) {
  const byShelter = new Map<string, RawEntity>();
  for (const e of overlays) {
    const code = String(prop(e, 'localGovernmentCode')?.value ?? '').slice(0, 5);
    if (municipality !== undefined && code !== municipality) continue;
    const key = String(
      prop(e, 'nationalShelterId')?.value ??
        `${String(prop(e, 'localGovernmentCode')?.value)}:${String(prop(e, 'externalShelterId')?.value)}`,
    );
    const seen = byShelter.get(key);
    if (!seen || latest(e) > latest(seen) || (latest(e) === latest(seen) && e.id < seen.id))
      byShelter.set(key, e);
  }
  let open = 0,
    evacuees = 0,
    households = 0;
  for (const e of byShelter.values()) {
    const status = prop(e, 'openingStatus')?.value;
    if (status === 'open' || status === 'full') open += 1;
    if (status !== 'closed') {
      evacuees += count(e, 'evacueeTotal');
      households += count(e, 'evacueeHouseholds');
    }
  }
  return { open, evacuees, households };
}
