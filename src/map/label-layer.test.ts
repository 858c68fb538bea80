import { describe, expect, it } from 'vitest';
import { evaluate } from './testing/accessor';
import type { Lang } from '../i18n';
import { LABEL_FONT, LABEL_PX, LABEL_WEIGHT, labelLayer, municipalityLabels } from './label-layer';
import type { LabelCandidate, PlacedLabel } from './label-placement';

const placed = (
  id: string,
  text: string,
  position: [number, number],
  priority: number,
): PlacedLabel => ({
  id,
  text,
  position,
  priority,
  box: { x: 100, y: 200, width: 13 * text.length, height: 16 },
});

const NAGASAKI = placed('42201', '長崎市', [129.82819, 32.78402], 0);
const OJIKA = placed('42383', 'Ojika', [129.06165, 33.20099], 118);

describe('labelLayer', () => {
  describe('fixed props', () => {
    const layer = labelLayer([NAGASAKI, OJIKA], 1);
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'municipality-labels'],
      ['colour', layer.props.getColor, [30, 30, 30, 255]],
      ['font', layer.props.fontFamily, "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif"],
      ['weight', layer.props.fontWeight, 600],
      ['character set from the data', layer.props.characterSet, 'auto'],
      ['halo width', layer.props.outlineWidth, 3],
      ['halo colour', layer.props.outlineColor, [255, 255, 255, 235]],
      ['SDF glyphs (needed for the halo)', layer.props.fontSettings, { sdf: true }],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });

    it('exports the constants it draws with', () => {
      expect([LABEL_PX, LABEL_FONT, LABEL_WEIGHT]).toEqual([
        13,
        "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
        600,
      ]);
    });
  });

  it.each<[string, PlacedLabel[]]>([
    ['none placed', []],
    ['one', [NAGASAKI]],
    ['two', [NAGASAKI, OJIKA]],
  ])('draws only the placed labels it is given (%s)', (_label, labels) => {
    expect(labelLayer(labels, 1).props.data).toBe(labels);
  });

  it.each<[string, PlacedLabel, [number, number], string]>([
    ['a Japanese name', NAGASAKI, [129.82819, 32.78402], '長崎市'],
    ['an English name', OJIKA, [129.06165, 33.20099], 'Ojika'],
  ])('places %s at its label point', (_label, d, position, text) => {
    const layer = labelLayer([d], 1);
    expect(evaluate(layer.props.getPosition, d)).toEqual(position);
    expect(evaluate(layer.props.getText, d)).toBe(text);
  });

  it.each<[number, number]>([
    [1, 13],
    [1.5, 19.5],
    [2, 26],
  ])('at scale %d the names are %d px', (scale, size) => {
    const layer = labelLayer([NAGASAKI], scale);
    expect(layer.props.getSize).toBe(size);
    expect(layer.props.updateTriggers).toEqual({ getSize: [scale] });
  });
});

describe('municipalityLabels', () => {
  /** The 21 municipalities of Nagasaki, 13 cities then 8 towns, by local government code. */
  const CITIES = [
    '42201',
    '42202',
    '42203',
    '42204',
    '42205',
    '42207',
    '42208',
    '42209',
    '42210',
    '42211',
    '42212',
    '42213',
    '42214',
  ];
  const TOWNS = ['42307', '42308', '42321', '42322', '42323', '42383', '42391', '42411'];

  it.each<[Lang]>([['ja'], ['en']])('one label per municipality, 21 in all (%s)', (lang) => {
    const labels = municipalityLabels(lang);
    expect(labels).toHaveLength(21);
    expect(labels.map((l) => l.id).sort()).toEqual([...CITIES, ...TOWNS]);
  });

  it.each<[Lang, string, string, [number, number]]>([
    ['ja', '42201', '長崎市', [129.82819, 32.78402]],
    ['en', '42201', 'Nagasaki', [129.82819, 32.78402]],
    ['ja', '42202', '佐世保市', [129.71781, 33.21046]],
    ['en', '42202', 'Sasebo', [129.71781, 33.21046]],
    ['ja', '42214', '南島原市', [130.25703, 32.67568]],
    ['en', '42214', 'Minamishimabara', [130.25703, 32.67568]],
    ['ja', '42383', '小値賀町', [129.06165, 33.20099]],
    ['en', '42383', 'Ojika', [129.06165, 33.20099]],
    ['ja', '42411', '新上五島町', [129.08431, 32.96493]],
    ['en', '42411', 'Shinkamigoto', [129.08431, 32.96493]],
  ])('in %s, %s is %s at its label point', (lang, code, text, position) => {
    const label = municipalityLabels(lang).find((l) => l.id === code);
    expect(label?.text).toBe(text);
    expect(label?.position).toEqual(position);
  });

  it.each<[Lang]>([['ja'], ['en']])('cities come before towns (%s)', (lang) => {
    const labels = municipalityLabels(lang);
    const priorityOf = (codes: string[]) =>
      labels.filter((l) => codes.includes(l.id)).map((l) => l.priority);
    const cities = priorityOf(CITIES);
    const towns = priorityOf(TOWNS);
    expect(cities).toHaveLength(13);
    expect(towns).toHaveLength(8);
    expect(Math.max(...cities)).toBeLessThan(Math.min(...towns));
    // Every priority distinct, so the order of placement never depends on a sort's ties.
    expect(new Set(labels.map((l) => l.priority)).size).toBe(21);
  });

  it('the prefectural capital is placed first', () => {
    const first = (lang: Lang): LabelCandidate | undefined =>
      [...municipalityLabels(lang)].sort((a, b) => a.priority - b.priority)[0];
    expect(first('ja')?.id).toBe('42201');
    expect(first('en')?.id).toBe('42201');
  });

  it('the language changes the text only', () => {
    const ja = municipalityLabels('ja');
    const en = municipalityLabels('en');
    expect(en.map(({ id, position, priority }) => ({ id, position, priority }))).toEqual(
      ja.map(({ id, position, priority }) => ({ id, position, priority })),
    );
    expect(en.every((l, i) => l.text !== ja[i]?.text)).toBe(true);
  });
});
