/**
 * Shelter capacity for the drill. GSI publishes none, so it is derived from the facility name:
 * the first matching rule wins, and a seeded jitter picks a value in its range, rounded to 5
 * (capacities in municipal plans are round numbers). Welfare shelters (福祉避難所, 共通ID type
 * 12) always take the welfare range, whatever their name.
 */
export type CapacityKind = 'welfare' | 'school' | 'hall' | 'centre' | 'other';

export interface CapacityRule {
  kind: CapacityKind;
  pattern: RegExp;
  min: number;
  max: number;
}

export const CAPACITY_RULES: readonly CapacityRule[] = [
  {
    kind: 'welfare',
    pattern: /福祉|介護|老人|ホーム|ケアハウス|特養|デイサービス|ショートステイ|リハビリ|（福）/,
    min: 10,
    max: 30,
  },
  // Gyms and schools: the gym floor holds a few hundred people on mats.
  {
    kind: 'school',
    pattern: /体育館|アリーナ|武道館|学校|高校|学園|大学|分校/,
    min: 200,
    max: 400,
  },
  {
    kind: 'hall',
    pattern: /公民館|集会所|集会場|集会室|公会堂|生活館|コミュニティ|自治会/,
    min: 30,
    max: 80,
  },
  {
    kind: 'centre',
    pattern: /センター|会館|ホール|交流館|研修館|文化館|庁舎|役所|出張所|支所/,
    min: 80,
    max: 150,
  },
];

/** Anything else (temples, lodges, sports grounds' club houses…). */
export const OTHER_RULE: CapacityRule = { kind: 'other', pattern: /(?:)/, min: 40, max: 100 };

export function capacityRule(name: string, welfare: boolean): CapacityRule {
  if (welfare) return CAPACITY_RULES[0]!;
  return CAPACITY_RULES.find((r) => r.pattern.test(name)) ?? OTHER_RULE;
}

/** Capacity in persons; `jitter` in [0, 1) picks the value inside the rule's range. */
export function capacityFor(name: string, welfare: boolean, jitter: number): number {
  const { min, max } = capacityRule(name, welfare);
  const raw = min + Math.min(Math.max(jitter, 0), 1) * (max - min);
  return Math.min(max, Math.max(min, Math.round(raw / 5) * 5));
}
