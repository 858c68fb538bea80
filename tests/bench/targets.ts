import { PRESET_IDS, presetBounds } from '../../src/domain/presets';
import { BASELINE_DIST } from './baseline/build';
import type { BareBounds, BareConfig } from './baseline/fetch-masters';
import { CONTEXT } from '../e2e/support/stack';

/**
 * The two pages every browser figure is measured on, in the same run: the dashboard's
 * production build and the bare baseline (React + maplibre + deck.gl drawing the same
 * facilities, nothing else). Each names its build, its config.json for a given API, the
 * query that starts the kiosk cycle, and where it shows the facility count it drew.
 */
export interface BenchTarget {
  name: 'dashboard' | 'baseline';
  root: string;
  config(apiUrl: string, cycleSeconds?: number): object;
  kioskQuery(cycleSeconds: number): string;
  /** Appears once the masters are handed to the map (the count and the layers in one commit). */
  readySelector: string;
  /** The same in kiosk mode (the dashboard's kiosk layout shows the drill totals, not the counts). */
  kioskReadySelector: string;
  /** Text is the number of facility markers drawn. */
  facilitiesSelector: string;
}

export const DASHBOARD: BenchTarget = {
  name: 'dashboard',
  root: 'dist',
  config: (apiUrl, cycleSeconds = 30) => ({
    apiBaseUrl: apiUrl,
    contextUrl: CONTEXT,
    mode: 'live',
    kiosk: { cycleSeconds },
  }),
  kioskQuery: () => '?kiosk=1',
  readySelector: '[data-testid="count-designations"]',
  kioskReadySelector: '[data-testid="total-evacuees"]',
  facilitiesSelector: '[data-testid="count-facilities"]',
};

export const BASELINE: BenchTarget = {
  name: 'baseline',
  root: BASELINE_DIST,
  config: (apiUrl): BareConfig => ({
    apiBaseUrl: apiUrl,
    contextUrl: CONTEXT,
    presets: PRESET_IDS.map((id): BareBounds => {
      const [w, s, e, n] = presetBounds(id);
      return [w, s, e, n];
    }),
  }),
  kioskQuery: (cycleSeconds) => `?kiosk=1&cycle=${cycleSeconds}`,
  readySelector: '[data-testid="count-designations"]',
  kioskReadySelector: '[data-testid="count-designations"]',
  facilitiesSelector: '[data-testid="count-designations"]',
};

export const TARGETS = [DASHBOARD, BASELINE] as const;
