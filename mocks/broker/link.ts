import { JSON_LD_CONTEXT_REL } from './constants';

/** A parsed `Link` header entry: `<url>; rel="…"; type="…"`. */
export interface LinkEntry {
  url: string;
  params: Record<string, string>;
}

export function parseLinkHeader(header: string | null): LinkEntry[] {
  if (!header) return [];
  const entries: LinkEntry[] = [];
  // Entries are `<…>` followed by `;`-separated params, up to the next `<` after a comma.
  for (const m of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    const params: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(';')) {
      const eq = p.indexOf('=');
      if (eq < 0) continue;
      const key = p.slice(0, eq).trim().toLowerCase();
      params[key] = p
        .slice(eq + 1)
        .trim()
        .replace(/,$/, '')
        .trim()
        .replace(/^"(.*)"$/, '$1');
    }
    entries.push({ url: m[1] ?? '', params });
  }
  return entries;
}

/** The @context URLs a request names in its Link header. */
export function contextUrls(header: string | null): string[] {
  return parseLinkHeader(header)
    .filter((e) => (e.params.rel ?? '').split(/\s+/).includes(JSON_LD_CONTEXT_REL))
    .map((e) => e.url);
}

export function formatLink(url: string, rel: string, type?: string): string {
  return `<${url}>; rel="${rel}"${type ? `; type="${type}"` : ''}`;
}
