import { getMunicipality } from '../../../domain/municipalities';
import type { Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { Facility } from '../model/facilities';
import { roleOf } from '../model/facilities';

/** Everything known about one facility, as text (entity strings are never markup). */
export function FacilityCard({
  facility,
  lang,
  t,
}: {
  facility: Facility;
  lang: Lang;
  t: TFunction;
}) {
  const m = getMunicipality(facility.municipalityCode);
  const municipality = m ? (lang === 'ja' ? m.nameJa : m.nameEn) : facility.municipalityCode;
  const targets = facility.designations.flatMap((d) =>
    d.kind === 'shelter' && d.targetEvacuees ? [d.targetEvacuees] : [],
  );
  return (
    <article className="facility-card" data-testid="facility-card">
      <h3>{facility.name}</h3>
      <dl>
        <dt>{t('tooltip.address')}</dt>
        <dd>{facility.address}</dd>
        <dt>{t('tooltip.municipality')}</dt>
        <dd>{municipality}</dd>
        <dt>{t('tooltip.roles')}</dt>
        <dd>
          <ul className="roles">
            {facility.designations.map((d, i) => (
              // A 共通ID may repeat (two entities for one designation): both are listed.
              <li key={`${i}:${d.nationalShelterId}`}>
                <span className={`role-tag role-${roleOf(d)}`}>{t(`kind.${roleOf(d)}.short`)}</span>{' '}
                {d.name} <span className="muted">{d.nationalShelterId}</span>
              </li>
            ))}
          </ul>
        </dd>
        {facility.roles.includes('site') ? (
          <>
            <dt>{t('tooltip.hazards')}</dt>
            <dd>
              {facility.hazardTypes.length
                ? facility.hazardTypes.map((h) => t(`hazard.${h}`)).join('・')
                : t('tooltip.hazards.none')}
            </dd>
          </>
        ) : null}
        {targets.length ? (
          <>
            <dt>{t('tooltip.target')}</dt>
            <dd>{targets.join(' / ')}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
