import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { Stat, StatRow } from '../../../ui/Stat';
import type { TFunction } from '../../../i18n';
import type { DesignationCounts } from '../model/facilities';

/**
 * Designations and facilities are different counts and both matter: a facility designated
 * as both an emergency site and a shelter is one marker but two designations.
 */
export function CountsPanel({
  counts,
  suspect,
  drawn,
  lang,
  t,
}: {
  counts: DesignationCounts;
  suspect: number;
  /** Facility markers on the map: a facility placed only by doubtful designations has none. */
  drawn: number;
  lang: Lang;
  t: TFunction;
}) {
  const notDrawn = counts.facilities - drawn;
  const n = (v: number) => formatNumber(lang, v);
  const unit = (key: 'counts.unit.items' | 'counts.unit.places') =>
    lang === 'ja' ? t(key, { n: '' }) : undefined;
  return (
    <Panel title={t('counts.title')} id="counts">
      <StatRow>
        <Stat
          label={t('counts.designations')}
          value={n(counts.designations)}
          unit={unit('counts.unit.items')}
          help={t('counts.designations.help')}
          testId="count-designations"
        />
        <Stat
          label={t('counts.facilities')}
          value={n(counts.facilities)}
          unit={unit('counts.unit.places')}
          help={t('counts.facilities.help')}
          testId="count-facilities"
        />
      </StatRow>
      <p
        className="counts-on-map"
        data-testid="count-on-map"
        data-drawn={drawn}
        data-not-drawn={notDrawn}
      >
        {notDrawn > 0
          ? t('counts.onMap.some', { drawn: n(drawn), n: n(notDrawn) })
          : t('counts.onMap.all', { drawn: n(drawn) })}
      </p>
      <dl className="breakdown">
        <dt>{t('kind.site')}</dt>
        <dd data-testid="count-sites">{n(counts.sites)}</dd>
        <dt>{t('kind.shelter')}</dt>
        <dd data-testid="count-shelters">{n(counts.shelters)}</dd>
        <dt className="indent">{t('kind.welfare')}</dt>
        <dd data-testid="count-welfare">{n(counts.welfare)}</dd>
        <dt>{t('counts.both')}</dt>
        <dd data-testid="count-both">{n(counts.both)}</dd>
        <dt>{t('counts.suspect')}</dt>
        <dd data-testid="count-suspect" className={suspect > 0 ? 'warn' : undefined}>
          {n(suspect)}
        </dd>
      </dl>
    </Panel>
  );
}
