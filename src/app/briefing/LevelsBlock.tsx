import { formatJst, formatNumber, type Lang } from '../../i18n';
import type { TFunction } from '../context';
import type { EvacuationInfo } from '../../domain/live';
import { municipalityName } from '../../features/operations/components/names';
import { BriefBlock } from './BriefBlock';

/** Every 避難情報 in force in the area, highest level first, as sentences. */
export function LevelsBlock(props: {
  levels: readonly EvacuationInfo[];
  showMunicipality: boolean;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { levels, showMunicipality, asOf, lang, t } = props;
  return (
    <BriefBlock id="levels" title={t('brief.levels.title')} asOf={asOf}>
      {levels.length === 0 ? (
        <p className="muted" data-testid="brief-levels-none">
          {t('brief.levels.none')}
        </p>
      ) : (
        <ul className="brief-levels" data-testid="brief-levels">
          {levels.map((info) => (
            <li key={info.id} data-level={info.level}>
              <span className={`level level-${info.level}`}>
                {t('level.short', { level: info.level })}
              </span>{' '}
              <strong>
                {showMunicipality ? `${municipalityName(info.municipalityCode, lang)} ` : ''}
                {t('brief.levels.sentence', { label: info.label, level: info.level })}
              </strong>
              <span className="muted">
                {info.targetArea ? ` ${t('brief.levels.target', { area: info.targetArea })}` : ''}
                {info.targetPersons !== undefined
                  ? ` ${t('brief.levels.persons', { n: formatNumber(lang, info.targetPersons) })}`
                  : ''}{' '}
                {t('brief.levels.issued', { time: formatJst(lang, info.issuedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </BriefBlock>
  );
}
