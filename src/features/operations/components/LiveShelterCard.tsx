import { formatJst, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { LiveShelter } from '../model/join';
import { shelterLabel } from './names';
import { EeiDetails } from './EeiDetails';
import { municipalityName } from '../../../i18n/municipality-name';

/**
 * A shelter's live state, as text; with `detail`, its EEI v1.1 items too (the selected
 * shelter's card; the map's hover card stays short).
 */
export function LiveShelterCard({
  shelter,
  lang,
  t,
  detail = false,
}: {
  shelter: LiveShelter;
  lang: Lang;
  t: TFunction;
  detail?: boolean;
}) {
  const o = shelter.overlay;
  const n = (v: number | undefined) => (v === undefined ? '—' : formatNumber(lang, v));
  return (
    <article className="facility-card" data-testid="live-card">
      <h3>{shelterLabel(shelter.master?.name, shelter.key, t)}</h3>
      <dl>
        <dt>{t('tooltip.municipality')}</dt>
        <dd>{municipalityName(shelter.municipalityCode, lang)}</dd>
        <dt>{t('feed.overlays')}</dt>
        <dd>
          {o.openingStatus === 'unknown'
            ? `${t('status.unknown')} (${o.rawStatus ?? ''})`
            : t(`status.${o.openingStatus}`)}
          {o.statusLabel ? ` · ${o.statusLabel}` : ''} ·{' '}
          <strong>{t(`band.${shelter.band}`)}</strong>
        </dd>
        <dt>{t('totals.evacuees')}</dt>
        <dd>
          {n(o.evacueeTotal)} / {n(shelter.capacity)}
          {shelter.occupancy !== undefined ? ` (${Math.round(shelter.occupancy * 100)}%)` : ''}
        </dd>
        <dt>{t('totals.households')}</dt>
        <dd>{n(o.evacueeHouseholds)}</dd>
        {o.observedAt ? (
          <>
            <dt>{t('live.observedAt')}</dt>
            <dd>{formatJst(lang, o.observedAt)}</dd>
          </>
        ) : null}
      </dl>
      {detail ? <EeiDetails eei={o.eei} lang={lang} t={t} /> : null}
      {shelter.flags.overCapacity ? <p className="warn">{t('flag.overCapacity')}</p> : null}
      {shelter.flags.notDesignatedForHazard ? (
        <p className="warn">{t('flag.notDesignated')}</p>
      ) : null}
    </article>
  );
}
