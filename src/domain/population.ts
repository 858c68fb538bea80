/**
 * Residents per municipality, rounded to the hundred: the 2020 census (総務省統計局 令和2年国勢調査,
 * about 1.31 million in the prefecture). The platform view divides records by it; the drill
 * sizes its evacuation orders and evacuees with it.
 */
export const POPULATION: Readonly<Record<string, number>> = {
  '42201': 409_100, // 長崎市
  '42202': 243_200, // 佐世保市
  '42203': 43_300, // 島原市
  '42204': 133_900, // 諫早市
  '42205': 95_400, // 大村市
  '42207': 29_400, // 平戸市
  '42208': 21_300, // 松浦市
  '42209': 28_500, // 対馬市
  '42210': 24_900, // 壱岐市
  '42211': 34_400, // 五島市
  '42212': 26_300, // 西海市
  '42213': 41_100, // 雲仙市
  '42214': 42_300, // 南島原市
  '42307': 41_400, // 長与町
  '42308': 30_000, // 時津町
  '42321': 7_500, // 東彼杵町
  '42322': 13_700, // 川棚町
  '42323': 14_200, // 波佐見町
  '42383': 2_300, // 小値賀町
  '42391': 13_600, // 佐々町
  '42411': 17_500, // 新上五島町
};

/** Residents of a municipality (5-digit code), or undefined for a code not among the 21. */
export const residentsOf = (code5: string): number | undefined =>
  Object.hasOwn(POPULATION, code5) ? POPULATION[code5] : undefined;
