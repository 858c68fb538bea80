import { useMemo } from 'react';
import { SHELTER_FILTERS, type ShelterFilter } from '../../../domain/eei';
import { HOUR_MS } from '../../../domain/jst';
import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import { CsvButton } from '../../../ui/export/CsvButton';
import { useNow } from '../../../ui/hooks/use-now';
import { Panel } from '../../../ui/Panel';
import { filterShelters, sexTotals, staleReports } from '../model/eei';
import { eeiCsv } from '../model/eei-csv';
import type { LiveShelter } from '../model/join';
import { EEI_CSV_WORDS_JA } from './eei-csv-words';
import { shelterLabel } from './names';
import { SexTotalsTable } from './SexTotalsTable';
import { StaleReportList } from './StaleReportList';
import './eei.css';

const LISTED = 20;

/**
 * The shelter desk (issue 17, EEI v1.1): filters that also thin the map's live shelters (kept
 * in the URL), the shelters that match, open shelters whose report has gone quiet, male/female
 * totals where reported, and the EEI CSV.
 */
export function ShelterDeskPanel({
  live,
  filters,
  onFilters,
  staleReportHours,
  onSelect,
  lang,
  t,
}: {
  live: readonly LiveShelter[];
  filters: readonly ShelterFilter[];
  onFilters: (filters: ShelterFilter[]) => void;
  staleReportHours: number;
  onSelect?: (key: string) => void;
  lang: Lang;
  t: TFunction;
}) {
  const now = useNow(30_000);
  const matching = useMemo(() => filterShelters(live, filters), [live, filters]);
  const stale = useMemo(
    () => staleReports(matching, now, staleReportHours * HOUR_MS),
    [matching, now, staleReportHours],
  );
  const sex = useMemo(() => sexTotals(live), [live]);
  const toggle = (f: ShelterFilter) =>
    onFilters(
      SHELTER_FILTERS.filter((x) => (x === f ? !filters.includes(f) : filters.includes(x))),
    );
  const title = t('eei.panel.title');
  return (
    <Panel
      title={title}
      id="shelter-desk"
      actions={
        <CsvButton
          filename="shelters-eei"
          build={() => eeiCsv(live, EEI_CSV_WORDS_JA)}
          label={t('eei.csv.button')}
          subject={title}
          t={t}
          testId="eei-csv"
        />
      }
    >
      <div className="shelter-desk">
        <fieldset data-testid="shelter-filters" title={t('eei.filter.help')}>
          <legend className="sr-only">{t('eei.filter.title')}</legend>
          {SHELTER_FILTERS.map((f) => (
            <label key={f} className="chip">
              <input type="checkbox" checked={filters.includes(f)} onChange={() => toggle(f)} />
              {t(`eei.filter.${f}`)}
            </label>
          ))}
          {filters.length > 0 ? (
            <button type="button" className="link" onClick={() => onFilters([])}>
              {t('eei.filter.clear')}
            </button>
          ) : null}
        </fieldset>
        <p className="muted" data-testid="shelter-filter-count">
          {t('eei.filter.count', {
            shown: formatNumber(lang, matching.length),
            total: formatNumber(lang, live.length),
          })}
        </p>
        {filters.length > 0 ? (
          <>
            <h3>{t('eei.filter.list')}</h3>
            <ul data-testid="shelter-filter-list">
              {matching.slice(0, LISTED).map((s) => (
                <li key={s.key} data-key={s.key}>
                  {onSelect && s.location ? (
                    <button type="button" className="link" onClick={() => onSelect(s.key)}>
                      {shelterLabel(s.master?.name, s.key, t)}
                    </button>
                  ) : (
                    shelterLabel(s.master?.name, s.key, t)
                  )}{' '}
                  <span className="muted">{municipalityName(s.municipalityCode, lang)}</span>
                </li>
              ))}
            </ul>
            {matching.length > LISTED ? (
              <p className="muted">{t('eei.filter.more', { n: matching.length - LISTED })}</p>
            ) : null}
          </>
        ) : null}
        <StaleReportList
          reports={stale}
          hours={staleReportHours}
          {...(onSelect && { onSelect })}
          lang={lang}
          t={t}
        />
        <SexTotalsTable totals={sex} lang={lang} t={t} />
        <p className="muted">{t('eei.csv.help')}</p>
      </div>
    </Panel>
  );
}
