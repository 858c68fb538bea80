import { describe, expect, it } from 'vitest';
import { translate, type Lang, type MessageKey, type Params } from '../../../../i18n';
import { emptyTotals, type AreaTotals } from '../../../../features/operations/model/aggregates';
import type { OpsBriefing } from './ops-briefing';
import { opsDetails, opsHeadline, signed } from './sentences';

const tOf = (lang: Lang) => (key: MessageKey, params?: Params) => translate(lang, key, params);

function briefing(totals: Partial<AreaTotals>, change: number | null, ago: number | null = 0) {
  const b: OpsBriefing = {
    totals: { ...emptyTotals(), ...totals },
    fullBandPercent: 80,
    evacueesHourAgo: change === null ? null : ago,
    change,
    levels: [],
    trend: [],
    eventStart: null,
    trendStartsAfterEvent: false,
    spare: [],
  };
  return b;
}

describe('signed', () => {
  it.each<[number, string]>([
    [45, '+45'],
    [-1200, '−1,200'],
    [0, '±0'],
  ])('%d → %s', (n, text) => expect(signed('ja', n)).toBe(text));
});

describe('opsHeadline', () => {
  it.each<[Lang, Partial<AreaTotals>, number | null, string]>([
    [
      'ja',
      { openShelters: 12, evacuees: 340 },
      45,
      '避難所12か所開設、避難者340人（1時間前から+45人）',
    ],
    [
      'en',
      { openShelters: 12, evacuees: 340 },
      45,
      '12 shelters open, 340 evacuees (+45 in the last hour)',
    ],
    [
      'ja',
      { openShelters: 3, evacuees: 1250 },
      -20,
      '避難所3か所開設、避難者1,250人（1時間前から−20人）',
    ],
    ['ja', { openShelters: 2, evacuees: 0 }, null, '避難所2か所開設、避難者0人（1時間前の値なし）'],
    ['ja', {}, 0, '開設している避難所はありません'],
    ['en', {}, null, 'No shelter is open'],
  ])('%s %j %s', (lang, totals, change, text) => {
    expect(opsHeadline(briefing(totals, change), lang, tOf(lang))).toBe(text);
  });

  it('does not call it quiet while the last hour still had evacuees', () => {
    expect(opsHeadline(briefing({}, -30, 30), 'ja', tOf('ja'))).toBe(
      '避難所0か所開設、避難者0人（1時間前から−30人）',
    );
  });
});

describe('opsDetails', () => {
  it('says only what applies', () => {
    expect(opsDetails(briefing({}, 0), 'ja', tOf('ja'))).toEqual([]);
    expect(
      opsDetails(
        briefing(
          {
            openShelters: 4,
            households: 120,
            openCapacity: 900,
            spareCapacity: 560,
            reportedFull: 1,
            fullBand: 3,
            unknownCapacity: 2,
          },
          0,
        ),
        'ja',
        tOf('ja'),
      ),
    ).toEqual([
      '120世帯が避難しています',
      '開設中の避難所の空きは560人分です（収容人数 計900人）',
      '満員と報告した避難所は1か所、収容率80%以上の避難所は3か所です',
      '収容人数の分からない避難所2か所は空きに含めていません',
    ]);
  });
});
