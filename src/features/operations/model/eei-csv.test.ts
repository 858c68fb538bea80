import { describe, expect, it } from 'vitest';
import { EEI_FIELDS, LIVING_CONDITION_KEYS, type ShelterEei } from '../../../domain/eei';
import { translate } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import { EEI_CSV_HEADERS, eeiCsv, LIST_SEPARATOR, type EeiCsvWords } from './eei-csv';
import type { LiveShelter } from './join';
import { liveShelter, master } from './test-data';

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('no final CRLF');
  return rows;
}

const JA: EeiCsvWords = {
  header: (k) => translate('ja', k),
  municipality: (code) => municipalityName(code, 'ja'),
  status: (s) => translate('ja', `status.${s.overlay.openingStatus}`),
  yes: translate('ja', 'eei.yes'),
  no: translate('ja', 'eei.no'),
  none: translate('ja', 'eei.csv.none'),
};

/** What a cell reads back as, for one EEI field: '' when not reported. */
function cellsOf(e: ShelterEei): string[] {
  const out: string[] = [];
  for (const f of EEI_FIELDS) {
    if (f === 'livingConditions')
      for (const k of LIVING_CONDITION_KEYS) out.push(e.livingConditions?.[k] ?? '');
    else {
      const v = e[f];
      out.push(
        v === undefined
          ? ''
          : typeof v === 'boolean'
            ? v
              ? '可'
              : '否'
            : Array.isArray(v)
              ? v.join(LIST_SEPARATOR)
              : String(v),
      );
    }
  }
  return out;
}

const TRICKY: ShelterEei = {
  evacueeMale: 12,
  evacueeFemale: 0,
  openingReason: '避難指示（警戒レベル4）の発令, 土砂災害警戒',
  capacityStatus: '余裕あり "約40名"',
  staffNeeded: '保健師 1名\n運営要員, 2名',
  drinkingWater: '不足',
  toiletCount: 4,
  suppliesNeeded: ['毛布', 'おむつ（大人用、子ども用）', '"簡易" トイレ, 20基'],
  livingConditions: {
    space: '1人 2m²',
    beds: '段ボールベッド, 30台',
    bathing: '不可',
    laundry: '',
    blankets: '"充足"',
  },
  petsAccepted: false,
  carSleepersAllowed: true,
  parkingSpaces: 0,
};

const NOW = Date.parse('2026-09-01T03:04:00Z');

describe('eeiCsv', () => {
  const shelters: LiveShelter[] = [
    liveShelter('E4220200002111', {
      municipalityCode: '42202',
      eei: { petsAccepted: true },
      observedAt: NOW,
    }),
    liveShelter(
      'E4220100001111',
      { eei: TRICKY, evacueeTotal: 12, observedAt: NOW },
      { master: master('E4220100001111', { name: '中央公民館, 別館' }) },
    ),
    liveShelter('E4220100003111', { evacueeTotal: 5 }),
    liveShelter('E4220100004111', { openingStatus: 'closed', evacueeTotal: 0 }),
    liveShelter('E4220100005111', { openingStatus: 'closed', eei: { suppliesNeeded: [] } }),
  ];
  const rows = parseCsv(eeiCsv(shelters, JA));

  it('has the Japanese item names in EEI v1.1 order', () => {
    expect(rows[0]).toEqual([
      '市町村コード',
      '市町村名',
      '避難所ID',
      '避難所名',
      '開設状況',
      '避難者数',
      '報告日時（日本時間）',
      '避難者数（男）',
      '避難者数（女）',
      '開設理由',
      '定員状況',
      '必要な人的支援',
      '飲料水',
      'トイレの数',
      '支援が必要な物資',
      '居住環境（スペース）',
      '居住環境（ベッド）',
      '居住環境（入浴）',
      '居住環境（洗濯）',
      '居住環境（毛布）',
      'ペット同行避難の可否',
      '車中泊の可否',
      '駐車場台数',
    ]);
    expect(rows[0]).toHaveLength(EEI_CSV_HEADERS.length);
  });

  it('lists reported and open shelters, by municipality then id; a closed one without EEI is left out', () => {
    expect(rows.slice(1).map((r) => r[2])).toEqual([
      'E4220100001111',
      'E4220100003111',
      'E4220100005111',
      'E4220200002111',
    ]);
  });

  it('round-trips every reported value, commas, quotes and line breaks included', () => {
    const row = rows[1]!;
    expect(row.slice(0, 7)).toEqual([
      '422011',
      '長崎市',
      'E4220100001111',
      '中央公民館, 別館',
      '開設中',
      '12',
      '2026-09-01 12:04',
    ]);
    expect(row.slice(7)).toEqual(cellsOf(TRICKY));
    // And back to values: numbers, lists, the living conditions, yes/no.
    const back = row.slice(7);
    expect(Number(back[0])).toBe(TRICKY.evacueeMale);
    expect(back[7]!.split(LIST_SEPARATOR)).toEqual(TRICKY.suppliesNeeded);
    expect(back.slice(8, 13)).toEqual(
      LIVING_CONDITION_KEYS.map((k) => TRICKY.livingConditions?.[k]),
    );
  });

  it('leaves what was not reported empty, apart from 否 and from 0', () => {
    const unreported = rows[2]!; // open, no EEI at all
    expect(unreported.slice(7)).toEqual(new Array(16).fill(''));
    expect(unreported[6]).toBe(''); // no report time either
    const petsOnly = rows[4]!;
    expect(petsOnly.slice(7, 20)).toEqual(new Array(13).fill(''));
    expect(petsOnly.slice(20)).toEqual(['可', '', '']);
    expect(rows[1]!.slice(20)).toEqual(['否', '可', '0']);
    // A reported empty list of supplies is なし, not an empty cell.
    expect(rows[3]![14]).toBe('なし');
  });
});
