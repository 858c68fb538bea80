import type { Lang, TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { Alert } from '../model/alerts';
import type { AlertLevel } from '../../../domain/live';
import { portName } from '../model/ports';

/** A shelter by its name; one without (an overlay no master matched) by its ID. */
export const shelterLabel = (name: string | undefined, id: string, t: TFunction): string =>
  name ?? t('ops.shelter.unnamed', { id });

const levelText = (t: TFunction, level: AlertLevel | undefined) =>
  level ? t(`level.${level}`) : '';

/** One line per alert, as text. */
export function alertText(alert: Alert, t: TFunction, lang: Lang): string {
  const municipality = municipalityName(alert.municipalityCode, lang);
  switch (alert.kind) {
    case 'levelIssued':
    case 'levelRaised':
    case 'levelLowered':
    case 'levelLifted':
      return t(`alerts.${alert.kind}`, {
        municipality,
        from: levelText(t, alert.kind === 'levelLifted' ? alert.level : alert.from),
        to: levelText(t, alert.to),
      });
    case 'serviceSuspended':
    case 'serviceResumed':
      return t(alert.kind === 'serviceSuspended' ? 'life.alert.suspended' : 'life.alert.resumed', {
        route: alert.routeName ?? '',
        from: portName(alert.fromCode ?? '', alert.mode ?? 'ferry', alert.routeName ?? '', lang),
      });
    case 'lastLinkGone':
      return t('life.alert.lastLink', {
        group: alert.group ? t(`island.short.${alert.group}`) : municipality,
      });
    case 'shelterFull':
      // Reported full, or only at the full band: two different facts (issue 14, point 7).
      return t(alert.reported ? 'alerts.shelterFull.reported' : 'alerts.shelterFull.band', {
        municipality,
        shelter: shelterLabel(alert.shelterName, alert.shelterKey, t),
      });
    default:
      return t(`alerts.${alert.kind}`, {
        municipality,
        shelter: shelterLabel(alert.shelterName, alert.shelterKey, t),
        to: alert.to ? t(`band.${alert.to}`) : '',
      });
  }
}
