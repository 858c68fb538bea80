import { formatAge, type Lang, type TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { StaleReport } from '../model/eei';
import { shelterLabel } from './names';

const SHOWN = 30;

/** Open shelters whose report has gone quiet (model/eei.ts staleReports): who to call. */
export function StaleReportList({
  reports,
  hours,
  onSelect,
  lang,
  t,
}: {
  reports: readonly StaleReport[];
  hours: number;
  onSelect?: (key: string) => void;
  lang: Lang;
  t: TFunction;
}) {
  const hoursText = String(hours);
  return (
    <div data-testid="stale-reports">
      <h3 title={t('eei.stale.help', { hours: hoursText })}>
        {t('eei.stale.title', { hours: hoursText })} ({reports.length})
      </h3>
      {reports.length === 0 ? (
        <p className="muted">{t('eei.stale.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('eei.col.shelter')}</th>
              <th scope="col">{t('eei.col.municipality')}</th>
              <th scope="col" className="num">
                {t('eei.col.age')}
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.slice(0, SHOWN).map(({ shelter: s, ageMs }) => {
              const name = shelterLabel(s.master?.name, s.key, t);
              return (
                <tr key={s.key} data-key={s.key}>
                  <td>
                    {onSelect && s.location ? (
                      <button type="button" className="link" onClick={() => onSelect(s.key)}>
                        {name}
                      </button>
                    ) : (
                      name
                    )}
                  </td>
                  <td>{municipalityName(s.municipalityCode, lang)}</td>
                  <td className="num">
                    {ageMs === undefined
                      ? t('eei.stale.noTime')
                      : t('eei.stale.age', { age: formatAge(lang, ageMs) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {reports.length > SHOWN ? (
        <p className="muted">{t('eei.filter.more', { n: reports.length - SHOWN })}</p>
      ) : null}
    </div>
  );
}
