import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../i18n';
import { NetworkError } from '../../../api/ngsi/errors';
import { configSchema } from '../../../config/schema';
import { checkText } from './report';
import type { CheckStep } from './run-check';

const tr =
  (lang: Lang) =>
  (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
const config = configSchema.parse({
  apiBaseUrl: 'https://orion.example',
  dialect: 'ngsi-v2',
  tenant: 'nagasaki',
  mode: 'live',
});
const url = 'https://orion.example/v2/entities?type=EvacuationSite&limit=1&options=count';
const steps: CheckStep[] = [
  {
    fact: { id: 'count', type: 'EvacuationSite', count: 1857 },
    outcome: 'ok',
    exchanges: [{ url, status: 200, ms: 42, count: 'read', link: 'absent' }],
  },
  {
    fact: { id: 'count', type: 'DisasterEvent', count: undefined },
    outcome: 'fail',
    exchanges: [{ url, status: 'network', ms: 3, count: 'not-asked', link: 'absent' }],
    error: new NetworkError({ target: '/entities', cause: new TypeError('Failed to fetch') }),
  },
];

describe('checkText: the check as text for the platform operator', () => {
  it.each<[Lang, string[]]>([
    [
      'en',
      [
        'Dialect ngsi-v2, API https://orion.example, tenant nagasaki',
        'Service path /#, history https://orion.example',
        '[OK] Count of EvacuationSite: 1,857',
        `  GET ${url} → 200 in 42 ms; count header: read; Link: absent`,
        '[Failed] Count of DisasterEvent: not readable (no count header, or not exposed by CORS)',
        `  GET ${url} → cannot connect in 3 ms; count header: —; Link: absent`,
        '  Likely cause: Cannot reach the API',
      ],
    ],
    [
      'ja',
      [
        '方式 ngsi-v2、API https://orion.example、テナント nagasaki',
        '[OK] EvacuationSite の件数：1,857',
        `  GET ${url} → 200（42 ms）件数ヘッダー：読めた、Link：なし`,
        '  考えられる原因：API に接続できません',
      ],
    ],
  ])('in %s: the settings, each step, its exchanges, cause and fix', (lang, expected) => {
    const lines = checkText(steps, tr(lang), config, '06 Dec 2026, 12:00:00 JST', lang).split('\n');
    for (const line of expected) expect(lines).toContain(line);
    // A network failure names the CORS headers Orion must allow.
    expect(lines.find((l) => l.includes('Fiware-Service'))).toMatch(/^ {2}\S/);
  });
});
