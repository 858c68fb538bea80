/** Reads the tourism feed from the HTTP mock broker like any client, for expected numbers. */
import { CONTEXT } from './stack';
import type { FlatEntity } from './tourism-expected';

const LINK = `<${CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;
const PAGE = 1000;

/** Every entity of a query, as keyValues, in the broker's order (paged by `limit`/`offset`). */
export async function fetchEntities(
  apiUrl: string,
  type: string,
  q: string,
): Promise<FlatEntity[]> {
  const out: FlatEntity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const url =
      `${apiUrl}/ngsi-ld/v1/entities?type=${type}&q=${encodeURIComponent(q)}` +
      `&options=keyValues&limit=${PAGE}&offset=${offset}`;
    const res = await fetch(url, { headers: { Accept: 'application/json', Link: LINK } });
    if (!res.ok) throw new Error(`${res.status} for ${url}: ${await res.text()}`);
    const page = (await res.json()) as FlatEntity[];
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** One JST day of hourly presence. */
export const fetchPresenceDay = (apiUrl: string, date: string) =>
  fetchEntities(apiUrl, 'TourismPresenceObserved', `dateObserved=="${date}"`);

/** One hour of one JST day, as the broker filters it (`hour==13`). */
export const fetchPresenceHour = (apiUrl: string, date: string, hour: number) =>
  fetchEntities(apiUrl, 'TourismPresenceObserved', `dateObserved=="${date}";hour==${hour}`);

/** The flows whose period starts on one JST day. */
export function fetchFlowDay(apiUrl: string, date: string, next: string): Promise<FlatEntity[]> {
  return fetchEntities(
    apiUrl,
    'TouristFlowObserved',
    `dateObservedFrom>="${date}T00:00:00+09:00";dateObservedFrom<"${next}T00:00:00+09:00"`,
  );
}
