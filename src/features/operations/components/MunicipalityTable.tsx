import { useMemo, useState } from 'react';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../i18n';
import type { OperationsTotals } from '../model/aggregates';
import type { LevelInForce } from '../model/levels';
import { sortRows, type SortColumn } from '../model/sort';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { areaWords, municipalityTable } from '../model/tables';
import { areaHeads } from './area-heads';
import './operations.css';

interface Column {
  id: SortColumn;
  short: string;
  long: string;
  numeric: boolean;
}

export function MunicipalityTable(props: {
  totals: OperationsTotals;
  levels: ReadonlyMap<string, LevelInForce>;
  /** False on the wall: plain headings (no sort buttons) and no CSV button. */
  interactive?: boolean;
  lang: Lang;
  t: TFunction;
}) {
  const { totals, levels, interactive = true, lang, t } = props;
  const [sort, setSort] = useState<{ column: SortColumn; desc: boolean }>({
    column: 'evacuees',
    desc: true,
  });
  const heads = areaHeads(t, totals.fullBandPercent, true);
  const columns: Column[] = [
    { id: 'name', short: t('table.municipality'), long: t('table.municipality'), numeric: false },
    { id: 'level', short: t('ops.col.level'), long: t('table.level'), numeric: false },
    ...heads.map((h) => ({ id: h.id, short: h.short, long: h.long, numeric: true })),
  ];
  const long = (id: SortColumn) => columns.find((c) => c.id === id)!.long;
  const rows = useMemo(
    () =>
      sortRows(
        MUNICIPALITIES.map((m) => ({
          code: m.code,
          name: lang === 'ja' ? m.nameJa : m.nameEn,
          level: levels.get(m.code),
          totals: totals.byMunicipality[m.code]!,
        })),
        sort.column,
        sort.desc,
      ),
    [totals, levels, lang, sort],
  );
  const n = (v: number) => formatNumber(lang, v);
  return (
    <Panel
      title={t('table.title')}
      id="municipalities"
      actions={
        interactive ? (
          <CsvButton
            filename="municipalities"
            build={() =>
              exportCsv(
                municipalityTable(rows, {
                  municipality: t('table.municipality'),
                  level: t('table.level'),
                  levelText: (level) => t('level.short', { level }),
                  none: t('level.none'),
                  ...areaWords(long),
                  households: long('households'),
                }),
              )
            }
            label={t('export.csv')}
            subject={t('table.title')}
            t={t}
            testId="municipality-csv"
          />
        ) : null
      }
    >
      <div className="table-wrap">
        <table className="data ops-table" data-testid="municipality-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'num' : c.id}
                  title={c.long}
                  aria-sort={
                    sort.column === c.id ? (sort.desc ? 'descending' : 'ascending') : 'none'
                  }
                >
                  {interactive ? (
                    <button
                      type="button"
                      className="sort"
                      // The name holds the visible heading (WCAG 2.5.3), then its full form.
                      aria-label={t('table.sort', {
                        column: c.short === c.long ? c.long : `${c.short} (${c.long})`,
                      })}
                      onClick={() =>
                        setSort((s) => ({
                          column: c.id,
                          desc: s.column === c.id ? !s.desc : c.numeric,
                        }))
                      }
                    >
                      {c.short === c.long ? c.short : <abbr title={c.long}>{c.short}</abbr>}
                    </button>
                  ) : c.short === c.long ? (
                    c.short
                  ) : (
                    <abbr title={c.long}>{c.short}</abbr>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row" className="name">
                  {r.name}
                </th>
                <td className="level">
                  {r.level ? (
                    <span className={`level level-${r.level.level}`} title={r.level.label}>
                      {t('level.short', { level: r.level.level })}
                    </span>
                  ) : (
                    t('level.none')
                  )}
                </td>
                {heads.map((h) => (
                  <td key={h.id} className="num">
                    {n(r.totals[h.field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
