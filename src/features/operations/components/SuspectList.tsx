import { getMunicipality } from '../../../domain/municipalities';
import type { Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../i18n';
import type { SuspectDesignation } from '../model/suspect';
import { roleOf } from '../model/facilities';

/** Doubtful coordinates are listed for someone to check, never silently plotted. */
export function SuspectList({
  suspects,
  lang,
  t,
}: {
  suspects: readonly SuspectDesignation[];
  lang: Lang;
  t: TFunction;
}) {
  return (
    <Panel title={t('suspect.title')} id="suspects">
      {suspects.length === 0 ? (
        <p className="muted">{t('suspect.none')}</p>
      ) : (
        <ul className="suspect-list" data-testid="suspect-list">
          {suspects.map(({ designation: d, distanceKm, expectedMunicipality }, i) => {
            const m = getMunicipality(expectedMunicipality);
            const name = m ? (lang === 'ja' ? m.nameJa : m.nameEn) : expectedMunicipality;
            return (
              <li key={`${i}:${d.nationalShelterId}`}>
                <span className={`role-tag role-${roleOf(d)}`}>{t(`kind.${roleOf(d)}.short`)}</span>{' '}
                <strong>{d.name}</strong>
                <div className="muted">
                  {t('suspect.reason', { municipality: name, km: distanceKm.toFixed(0) })} (
                  {d.location[1].toFixed(4)}, {d.location[0].toFixed(4)}) · {d.nationalShelterId}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
