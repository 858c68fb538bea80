import { formatJst, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { getMunicipality } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import type { CadenceTable } from '../model/cadence';
import { ratesOf, type RecordsRate } from '../model/density';
import { countOf } from '../model/measure';
import type { KpiCell, KpiMatrix } from '../model/matrix';
import type { KpiSnapshot } from '../model/types';
import { Phrased } from '../../../ui/Phrased';
import { FreshnessKey } from './FreshnessKey';
import { FreshnessMark } from './FreshnessMark';
import { breakableName, formatRate, measureText, scanText, typeLabel, typeTitle } from './labels';

function Cell({ cell, at, lang, t }: { cell: KpiCell; at: number; lang: Lang; t: TFunction }) {
  const text = measureText(cell.records, at, lang, t);
  const count = countOf(cell.records);
  return (
    <td
      className={`num pf-cell pf-${cell.records.state}`}
      data-testid="pf-cell"
      data-type={cell.type}
      data-records={count ?? cell.records.state}
      data-newest={cell.newestAt ?? ''}
      data-freshness={cell.freshness}
      title={text.title}
    >
      <span className="pf-records">{text.main}</span>
      {text.note ? <span className="pf-note">{text.note}</span> : null}
      <FreshnessMark cell={cell} at={at} lang={lang} t={t} />
    </td>
  );
}

/** The map's measure in the table: records per 10,000 residents ("at least" when partial). */
function RateCell({ rate, lang, t }: { rate: RecordsRate | null; lang: Lang; t: TFunction }) {
  if (rate === null)
    return (
      <td className="num pf-rate" data-testid="pf-rate" data-rate="">
        {t('export.none')}
      </td>
    );
  const n = formatRate(lang, rate.per10k);
  return (
    <td
      className="num pf-rate"
      data-testid="pf-rate"
      data-rate={rate.per10k}
      title={t('pf.table.rate.title', {
        records: formatNumber(lang, rate.records),
        residents: formatNumber(lang, rate.residents),
      })}
    >
      {rate.partial ? t('pf.atLeast', { n }) : n}
    </td>
  );
}

/**
 * The 21 municipalities × types table, by code: records and the newest record's age per
 * cell, records per 10,000 residents, the column sums and the records no municipality can be
 * given. It is also the map layer's table alternative. It fits its panel: headers wrap, numbers
 * never do, and the side panel (not the table) scrolls.
 */
export function KpiTable({
  matrix,
  snapshot,
  cadences,
  onSelect,
  lang,
  t,
}: {
  matrix: KpiMatrix;
  snapshot: KpiSnapshot;
  cadences: CadenceTable;
  onSelect?: (code: MunicipalityCode) => void;
  lang: Lang;
  t: TFunction;
}) {
  const at = snapshot.at;
  const { rates, prefecture } = ratesOf(matrix);
  const scans = new Map(snapshot.attributable.map((a) => [a.name, a.newest]));
  const name = (code: MunicipalityCode) => {
    const m = getMunicipality(code);
    return (lang === 'ja' ? m?.nameJa : m?.nameEn) ?? code;
  };
  // Shown with its soft hyphen, and so named: the button's name must contain its visible text.
  const shown = (code: MunicipalityCode) => breakableName(name(code));
  const sum = (type: string) => {
    const s = matrix.columnSums[type];
    if (!s) return t('export.none');
    const n = formatNumber(lang, s.records);
    return s.complete ? n : t('pf.atLeast', { n });
  };
  return (
    <div className="table-wrap pf-table-wrap" tabIndex={0} role="region" aria-label={t('pf.title')}>
      <table className="data pf-table" data-testid="pf-table">
        <caption>{t('pf.table.caption', { time: formatJst(lang, at) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pf.table.municipality')}</th>
            {matrix.types.map((type) => (
              <th key={type} scope="col" className="num" data-type={type} title={typeTitle(type)}>
                <Phrased text={typeLabel(type, t)} lang={lang} />
              </th>
            ))}
            <th scope="col" className="num">
              <Phrased text={t('pf.table.rate')} lang={lang} />
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <th scope="row">
                {onSelect ? (
                  <button
                    type="button"
                    className="pf-pick"
                    onClick={() => onSelect(row.code)}
                    aria-label={t('pf.table.select', { name: shown(row.code) })}
                  >
                    {shown(row.code)}
                  </button>
                ) : (
                  shown(row.code)
                )}
              </th>
              {row.cells.map((cell) => (
                <Cell key={cell.type} cell={cell} at={at} lang={lang} t={t} />
              ))}
              <RateCell rate={rates.get(row.code) ?? null} lang={lang} t={t} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('pf.table.sum')}</th>
            {matrix.types.map((type) => (
              <td key={type} className="num" data-testid="pf-sum" data-type={type}>
                {sum(type)}
              </td>
            ))}
            <RateCell rate={prefecture} lang={lang} t={t} />
          </tr>
          <tr>
            <th scope="row">{t('pf.table.unattributed')}</th>
            {matrix.types.map((type) => {
              const n = matrix.unattributed[type];
              return (
                <td key={type} className="num" data-testid="pf-unattributed" data-type={type}>
                  {n === undefined ? t('export.none') : formatNumber(lang, n)}
                </td>
              );
            })}
            <td />
          </tr>
        </tfoot>
      </table>
      <FreshnessKey types={matrix.types} cadences={cadences} lang={lang} t={t} />
      <p className="pf-sources-title">{t('pf.source.title')}</p>
      <ul className="pf-sources">
        {matrix.types.map((type) => {
          const scan = scans.get(type);
          return scan ? (
            <li key={type} data-type={type}>
              {t('pf.source.item', { type: typeLabel(type, t), source: scanText(scan, lang, t) })}
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
