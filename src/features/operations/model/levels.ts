/**
 * 警戒レベル in force per municipality, from the 避難情報 (EvacuationInformation) feed.
 */
import type { AlertLevel, EvacuationInfo } from '../../../domain/live';
import type { MunicipalityCode } from '../../../domain/types';

export type Rgb = readonly [r: number, g: number, b: number];

/**
 * Cabinet Office / JMA colours for the 5-level warning scale, screen (RGB) values of
 * 「警戒レベル一覧表の配色」 (内閣府, 2020-05-29, bousai.go.jp/pdf/200529_haishoku.pdf), the same
 * as JMA's キキクル: 5 black, 4 purple, 3 red, 2 yellow, 1 white.
 */
export const LEVEL_COLORS: Readonly<Record<1 | 2 | AlertLevel, Rgb>> = {
  5: [12, 0, 12],
  4: [170, 0, 170],
  3: [255, 40, 0],
  2: [242, 231, 0],
  1: [242, 242, 255],
};

export interface LevelInForce {
  level: AlertLevel;
  /** The wording as issued. */
  label: string;
  issuedAt: number;
  /** The EvacuationInformation that sets the level. */
  infoId: string;
}

/** In force at `now`: never lifted, or lifted only later. */
export const inForce = (info: EvacuationInfo, now: number): boolean =>
  info.liftedAt === undefined || info.liftedAt > now;

/** Higher level first; at the same level the latest issue (its wording is current). */
function outranks(a: EvacuationInfo, b: EvacuationInfo): boolean {
  if (a.level !== b.level) return a.level > b.level;
  if (a.issuedAt !== b.issuedAt) return a.issuedAt > b.issuedAt;
  return a.id < b.id;
}

/** Municipality → its highest level in force; municipalities with none are absent. */
export function levelsInForce(
  infos: readonly EvacuationInfo[],
  now: number,
): Map<MunicipalityCode, LevelInForce> {
  const top = new Map<MunicipalityCode, EvacuationInfo>();
  for (const info of infos) {
    if (!inForce(info, now)) continue;
    const current = top.get(info.municipalityCode);
    if (!current || outranks(info, current)) top.set(info.municipalityCode, info);
  }
  const out = new Map<MunicipalityCode, LevelInForce>();
  for (const [code, info] of top) {
    out.set(code, {
      level: info.level,
      label: info.label,
      issuedAt: info.issuedAt,
      infoId: info.id,
    });
  }
  return out;
}
