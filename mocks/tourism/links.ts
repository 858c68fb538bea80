/**
 * Sea and air links of the islands (assumed shares, after the real routes): Tsushima and Iki
 * are served from Hakata (Fukuoka) by ferry and jetfoil, Iki also from Karatsu (Saga); both,
 * and Goto, fly to Nagasaki Airport (Omura) and Goto also to Fukuoka; Goto and Shin-Kamigoto
 * are served by ferry from Nagasaki and Sasebo, Ojika from Sasebo. An island is reached by
 * nothing else: every flow to or from one uses a link below.
 */
import type { TransportMode } from './modes';

export interface IslandLink {
  island: string;
  /** The other end: a municipality, or a prefecture code outside Nagasaki. */
  other: string;
  mode: TransportMode;
  /** Share of the island's domestic arrivals that come over this link. */
  share: number;
}

type Row = [island: string, other: string, mode: TransportMode, share: number];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['42209', '40', 'ferry', 0.45], ['42209', '40', 'air', 0.25],         // Tsushima
  ['42209', '42205', 'air', 0.2], ['42209', '42210', 'ferry', 0.1],
  ['42210', '40', 'ferry', 0.6], ['42210', '41', 'ferry', 0.25],        // Iki
  ['42210', '42205', 'air', 0.1], ['42210', '42209', 'ferry', 0.05],
  ['42211', '42201', 'ferry', 0.55], ['42211', '42205', 'air', 0.2],    // Goto
  ['42211', '40', 'air', 0.12], ['42211', '42411', 'ferry', 0.13],
  ['42411', '42202', 'ferry', 0.45], ['42411', '42201', 'ferry', 0.4],  // Shin-Kamigoto
  ['42411', '42211', 'ferry', 0.15],
  ['42383', '42202', 'ferry', 1],                                       // Ojika
];

export const ISLAND_LINKS: readonly IslandLink[] = ROWS.map(([island, other, mode, share]) => ({
  island,
  other,
  mode,
  share,
}));

/**
 * Busan–Tsushima ferry passengers. The contract has no code for "arrived from abroad", so
 * inbound arrivals are attributed to the prefecture they entered Japan through: for these,
 * Nagasaki itself (42). Shares of Tsushima's inbound arrivals.
 */
export const TSUSHIMA_INBOUND_LINKS: readonly IslandLink[] = [
  { island: '42209', other: '42', mode: 'ferry', share: 0.85 },
  { island: '42209', other: '40', mode: 'ferry', share: 0.1 },
  { island: '42209', other: '40', mode: 'air', share: 0.05 },
];
