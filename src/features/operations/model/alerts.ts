/**
 * Alerts from successive polls: what changed since the last snapshot. The first snapshot is
 * the baseline, not news, so it yields nothing.
 */
import type { AlertLevel, EvacuationInfo, OccupancyBand } from '../../../domain/live';
import type { MunicipalityCode } from '../../../domain/types';
import { BAND_RANK } from './bands';
import { isOpenShelter, type LiveShelter } from './join';
import { levelsInForce, type LevelInForce } from './levels';
import type { LifelineAlert } from './lifeline-alerts';

export interface Snapshot {
  /** Poll time (epoch ms): levels are read as in force at this instant. */
  at: number;
  shelters: readonly LiveShelter[];
  evacuationInfo: readonly EvacuationInfo[];
}

export type ShelterAlertKind = 'shelterOpened' | 'shelterClosed' | 'bandRaised' | 'shelterFull';
export type LevelAlertKind = 'levelIssued' | 'levelRaised' | 'levelLowered' | 'levelLifted';

interface AlertBase {
  /** Deterministic from the content: the same change seen twice has the same id. */
  id: string;
  /** When it happened: the datum's own time when known, else when it was noticed. */
  at: number;
  /** When this dashboard noticed it: banners time out from here, not from `at`. */
  detectedAt: number;
  municipalityCode: MunicipalityCode;
}

export interface ShelterAlert extends AlertBase {
  kind: ShelterAlertKind;
  shelterKey: string;
  shelterName?: string;
  from?: OccupancyBand;
  to?: OccupancyBand;
  /** `shelterFull`: the shelter itself reported full (openingStatus), not only its occupancy. */
  reported?: boolean;
}

export interface LevelAlert extends AlertBase {
  kind: LevelAlertKind;
  /** Highest level in force before (absent for `levelIssued`). */
  from?: AlertLevel;
  /** Highest level in force now (absent for `levelLifted`). */
  to?: AlertLevel;
  /** The level the alert is about: the new one, or the one lifted. */
  level: AlertLevel;
}

export type Alert = ShelterAlert | LevelAlert | LifelineAlert;

const isOpen = (s: LiveShelter | undefined) => s !== undefined && isOpenShelter(s);

function alertId(
  kind: string,
  code: string,
  subject: string,
  from: unknown,
  to: unknown,
  at: number,
) {
  return [kind, code, subject, String(from ?? ''), String(to ?? ''), String(at)].join('|');
}

function shelterAlert(
  kind: ShelterAlertKind,
  s: LiveShelter,
  at: number,
  detectedAt: number,
  from?: OccupancyBand,
  to?: OccupancyBand,
): ShelterAlert {
  return {
    id: alertId(kind, s.municipalityCode, s.key, from, to, at),
    kind,
    at,
    detectedAt,
    municipalityCode: s.municipalityCode,
    shelterKey: s.key,
    ...(s.master && { shelterName: s.master.name }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(kind === 'shelterFull' && { reported: s.overlay.openingStatus === 'full' }),
  };
}

/** Opened, closed, crossed into a higher band, became full. A vanished shelter is not news. */
function shelterChanges(prev: Snapshot, next: Snapshot, now: number): ShelterAlert[] {
  const before = new Map(prev.shelters.map((s) => [s.key, s]));
  const out: ShelterAlert[] = [];
  for (const s of next.shelters) {
    const p = before.get(s.key);
    const seen = s.overlay.observedAt ?? now;
    if (!isOpen(p) && isOpen(s))
      out.push(shelterAlert('shelterOpened', s, s.overlay.openedAt ?? seen, now));
    if (isOpen(p) && s.overlay.openingStatus === 'closed')
      out.push(shelterAlert('shelterClosed', s, s.overlay.closedAt ?? seen, now));
    if (!isOpen(s)) continue;
    const from = isOpen(p) ? p?.band : undefined;
    if (s.band === 'full' && from !== 'full') {
      out.push(shelterAlert('shelterFull', s, seen, now, from, 'full'));
      continue;
    }
    const rankFrom = from === undefined ? undefined : BAND_RANK[from];
    const rankTo = BAND_RANK[s.band];
    if (rankFrom !== undefined && rankTo !== undefined && rankTo > rankFrom)
      out.push(shelterAlert('bandRaised', s, seen, now, from, s.band));
  }
  return out;
}

function levelAlert(
  kind: LevelAlertKind,
  code: MunicipalityCode,
  level: AlertLevel,
  at: number,
  detectedAt: number,
  from?: AlertLevel,
  to?: AlertLevel,
): LevelAlert {
  return {
    id: alertId(kind, code, '', from, to, at),
    kind,
    at,
    detectedAt,
    municipalityCode: code,
    level,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

/** Per municipality, the highest level in force before and after. */
function levelChanges(prev: Snapshot, next: Snapshot, now: number): LevelAlert[] {
  const before = levelsInForce(prev.evacuationInfo, prev.at);
  const after = levelsInForce(next.evacuationInfo, next.at);
  const liftedAtOf = (top: LevelInForce) =>
    next.evacuationInfo.find((i) => i.id === top.infoId)?.liftedAt ?? now;
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: LevelAlert[] = [];
  for (const code of codes) {
    const b = before.get(code);
    const a = after.get(code);
    if (!b && a)
      out.push(levelAlert('levelIssued', code, a.level, a.issuedAt, now, undefined, a.level));
    else if (b && !a)
      out.push(levelAlert('levelLifted', code, b.level, liftedAtOf(b), now, b.level));
    else if (b && a && a.level > b.level)
      out.push(levelAlert('levelRaised', code, a.level, a.issuedAt, now, b.level, a.level));
    else if (b && a && a.level < b.level)
      out.push(levelAlert('levelLowered', code, a.level, liftedAtOf(b), now, b.level, a.level));
  }
  return out;
}

/** What changed between two polls, newest first. Nothing on the first poll (the baseline). */
export function diffAlerts(prev: Snapshot | undefined, next: Snapshot, now: number): Alert[] {
  if (!prev) return [];
  return newestFirst([...levelChanges(prev, next, now), ...shelterChanges(prev, next, now)]);
}

/** Newest `at` first; ties by id, so the order never flickers between renders. */
export function newestFirst<T extends { at: number; id: string }>(alerts: readonly T[]): T[] {
  return [...alerts].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Level 5 being issued or reached, a shelter becoming full, or an island group losing its last
 * departure of the day: worth a banner.
 */
export function isBannerAlert(alert: Alert): boolean {
  if (alert.kind === 'shelterFull' || alert.kind === 'lastLinkGone') return true;
  return (alert.kind === 'levelIssued' || alert.kind === 'levelRaised') && alert.to === 5;
}

/**
 * Alerts that stay pinned in the banner: banner-worthy, not acknowledged, and noticed less
 * than `bannerMinutes` ago. Timed from `detectedAt`, so news that reaches the dashboard late
 * (a slow feed, an old issuedAt) still gets its full time on screen.
 */
export function pinnedAlerts(
  alerts: readonly Alert[],
  acknowledged: ReadonlySet<string>,
  now: number,
  bannerMinutes: number,
): Alert[] {
  const windowMs = bannerMinutes * 60_000;
  return newestFirst(
    alerts.filter(
      (a) => isBannerAlert(a) && !acknowledged.has(a.id) && now - a.detectedAt < windowMs,
    ),
  );
}
