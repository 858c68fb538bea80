/**
 * Alerts from successive polls of the ferry and air services: a service suspended, a suspended
 * service running again, and an island group losing its last departure of the day (the moment
 * whoever is on it stays there). The first poll is the baseline, not news.
 */
import {
  LIFELINE_GROUPS,
  WHOLLY_ISLAND,
  whollyIslandGroupOf,
  type LifelineGroup,
} from '../../../domain/island-groups';
import { jstDateOf } from '../../../domain/jst';
import { RUNNING_STATUSES, type TransportService } from '../../../domain/lifelines';
import type { MunicipalityCode } from '../../../domain/types';
import { lastDepartureAfter } from './stranded';

export type LifelineAlertKind = 'serviceSuspended' | 'serviceResumed' | 'lastLinkGone';

export interface LifelineAlert {
  id: string;
  kind: LifelineAlertKind;
  at: number;
  detectedAt: number;
  /** The island municipality the service serves (the group's main one for `lastLinkGone`). */
  municipalityCode: MunicipalityCode;
  group?: LifelineGroup;
  serviceId?: string;
  routeName?: string;
  /** Where the service leaves from (municipality or prefecture code). */
  fromCode?: string;
  mode?: TransportService['mode'];
}

export interface LifelineSnapshot {
  /** Poll time (epoch ms): departures after it are still to come. */
  at: number;
  services: readonly TransportService[];
}

/** The group's first municipality in the domain's list (its main one), named on `lastLinkGone`. */
const groupSeat = (group: LifelineGroup): MunicipalityCode =>
  [...WHOLLY_ISLAND].find(([, g]) => g === group)![0];

/** The island end of a service (it links an island group with the rest). */
const islandEnd = (s: TransportService): MunicipalityCode =>
  whollyIslandGroupOf(s.fromCode) !== undefined ? s.fromCode : s.toCode;

function serviceAlert(
  kind: LifelineAlertKind,
  s: TransportService,
  at: number,
  detectedAt: number,
): LifelineAlert {
  return {
    id: [kind, s.id, String(at)].join('|'),
    kind,
    at,
    detectedAt,
    municipalityCode: islandEnd(s),
    serviceId: s.id,
    routeName: s.routeName,
    fromCode: s.fromCode,
    mode: s.mode,
  };
}

export function diffLifelines(
  prev: LifelineSnapshot | undefined,
  next: LifelineSnapshot,
  now: number,
): LifelineAlert[] {
  if (!prev) return [];
  const before = new Map(prev.services.map((s) => [s.id, s]));
  const out: LifelineAlert[] = [];
  for (const s of next.services) {
    const p = before.get(s.id);
    if (!p) continue;
    const seen = s.observedAt ?? now;
    if (p.status !== 'suspended' && s.status === 'suspended')
      out.push(serviceAlert('serviceSuspended', s, seen, now));
    else if (p.status === 'suspended' && RUNNING_STATUSES.has(s.status))
      out.push(serviceAlert('serviceResumed', s, seen, now));
  }
  for (const group of LIFELINE_GROUPS) {
    const had = lastDepartureAfter(group, prev.at, prev.services);
    const has = lastDepartureAfter(group, next.at, next.services);
    if (had === undefined || has !== undefined) continue;
    // Gone: the last departure left (at its time), or what remained was suspended (now).
    const at = had <= next.at ? had : now;
    out.push({
      // Once per group and JST day, however it went.
      id: ['lastLinkGone', group, jstDateOf(at)].join('|'),
      kind: 'lastLinkGone',
      at,
      detectedAt: now,
      municipalityCode: groupSeat(group),
      group,
    });
  }
  return out;
}
