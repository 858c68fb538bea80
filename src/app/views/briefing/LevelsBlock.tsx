import { formatJst, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { EvacuationInfo } from '../../../domain/live';
import { municipalityName } from '../../../i18n/municipality-name';
import { BriefBlock } from './BriefBlock';
import { levelSummary } from './model/level-summary';

/** Every 避難情報 in force, highest level first, as sentences. */
function OrderList({
  levels,
  showMunicipality,
  lang,
  t,
}: {
  levels: readonly EvacuationInfo[];
  showMunicipality: boolean;
  lang: Lang;
  t: TFunction;
}) {
  return (
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
  );
}

/**
 * A municipality's briefing lists every order in force; the prefecture's says, per level, how
 * many municipalities stand at it and which, with every order one click away (not printed).
 */
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
      ) : showMunicipality ? (
        <>
          <ul className="brief-level-summary" data-testid="brief-level-summary">
            {levelSummary(levels).map((row) => (
              <li key={row.level} data-level={row.level}>
                <span className={`level level-${row.level}`}>
                  {t('level.short', { level: row.level })}
                </span>{' '}
                <strong>{t('brief.levels.count', { n: row.municipalities.length })}</strong>{' '}
                {row.municipalities
                  .map((c) => municipalityName(c, lang))
                  .join(t('headline.separator'))}
              </li>
            ))}
          </ul>
          <details className="brief-levels-all">
            <summary>{t('brief.levels.all', { n: levels.length })}</summary>
            <OrderList levels={levels} showMunicipality lang={lang} t={t} />
          </details>
        </>
      ) : (
        <OrderList levels={levels} showMunicipality={false} lang={lang} t={t} />
      )}
    </BriefBlock>
  );
}
