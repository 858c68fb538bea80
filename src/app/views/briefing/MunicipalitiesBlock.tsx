import { MUNICIPALITIES } from '../../../domain/municipalities';
import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { OperationsTotals } from '../../../features/operations/model/aggregates';
import type { LevelInForce } from '../../../features/operations/model/levels';
import type { MunicipalityCode } from '../../../domain/types';
import { BriefBlock } from './BriefBlock';

/** Rows per table: the 21 municipalities in two tables side by side, so the list takes half
 * the height on paper (the prefecture's page two) and on a wide screen. */
const FIRST_TABLE_ROWS = 11;

/** The prefecture briefing's overview: each municipality in a row, linked to its own briefing. */
export function MunicipalitiesBlock(props: {
  totals: OperationsTotals | undefined;
  levels: ReadonlyMap<string, LevelInForce>;
  linkTo: (code: MunicipalityCode) => string;
  onOpen: (code: MunicipalityCode) => void;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { totals, levels, linkTo, onOpen, asOf, lang, t } = props;
  const n = (v: number | undefined) => formatNumber(lang, v ?? 0);
  return (
    <BriefBlock id="municipalities" title={t('brief.munis.title')} asOf={asOf} wide>
      <div className="brief-munis">
        {[MUNICIPALITIES.slice(0, FIRST_TABLE_ROWS), MUNICIPALITIES.slice(FIRST_TABLE_ROWS)].map(
          (part, i) => (
            <table
              key={i}
              className="data compact"
              data-testid={i === 0 ? 'brief-municipalities' : undefined}
            >
              <caption className="sr-only">
                {t('brief.munis.title')} ({i + 1}/2)
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('brief.munis.name')}</th>
                  <th scope="col">{t('brief.munis.level')}</th>
                  <th scope="col" className="num">
                    {t('brief.munis.open')}
                  </th>
                  <th scope="col" className="num">
                    {t('brief.munis.evacuees')}
                  </th>
                  <th scope="col" className="num">
                    {t('brief.munis.spare')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {part.map((m) => {
                  const name = lang === 'ja' ? m.nameJa : m.nameEn;
                  const row = totals?.byMunicipality[m.code];
                  const level = levels.get(m.code);
                  return (
                    <tr key={m.code} data-code={m.code}>
                      <th scope="row">
                        <a
                          href={linkTo(m.code)}
                          aria-label={t('brief.munis.open.help', { name })}
                          onClick={(e) => {
                            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                            e.preventDefault();
                            onOpen(m.code);
                          }}
                        >
                          {name}
                        </a>
                      </th>
                      <td>
                        {level ? (
                          <span className={`level level-${level.level}`} title={level.label}>
                            {t('level.short', { level: level.level })}
                          </span>
                        ) : (
                          t('level.none')
                        )}
                      </td>
                      <td className="num">{n(row?.openShelters)}</td>
                      <td className="num">{n(row?.evacuees)}</td>
                      <td className="num">{n(row?.spareCapacity)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ),
        )}
      </div>
    </BriefBlock>
  );
}
