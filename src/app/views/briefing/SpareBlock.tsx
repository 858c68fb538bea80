import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { SpareShelter } from './model/ops-briefing';
import { BriefBlock } from './BriefBlock';

/** Where there is room: the open shelters with the most spare places. */
export function SpareBlock(props: {
  spare: readonly SpareShelter[];
  showMunicipality: boolean;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { spare, showMunicipality, asOf, lang, t } = props;
  const n = (v: number) => formatNumber(lang, v);
  return (
    <BriefBlock id="spare" title={t('brief.spare.title')} asOf={asOf}>
      {spare.length === 0 ? (
        <p className="muted">{t('brief.spare.none')}</p>
      ) : (
        <table className="data compact" data-testid="brief-spare-table">
          <caption className="sr-only">{t('brief.spare.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('brief.spare.name')}</th>
              <th scope="col" className="num">
                {t('brief.spare.evacuees')}
              </th>
              <th scope="col" className="num">
                {t('brief.spare.capacity')}
              </th>
              <th scope="col" className="num">
                {t('brief.spare.room')}
              </th>
            </tr>
          </thead>
          <tbody>
            {spare.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  {showMunicipality ? `${municipalityName(s.municipalityCode, lang)} ` : ''}
                  {s.name}
                </th>
                <td className="num">{n(s.evacuees)}</td>
                <td className="num">{n(s.capacity)}</td>
                <td className="num">{n(s.spare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BriefBlock>
  );
}
