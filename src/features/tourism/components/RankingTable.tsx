import type { TFunction } from '../../../i18n';
import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { municipalityName } from '../../../i18n/municipality-name';
import type { RankRow } from '../model/ranking';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { rankingTable } from '../model/ranking-table';
import { formatChange, formatCursor, formatTotal } from './format';

/** Municipalities by average visitors present over the period, with arrivals and change. */
export function RankingTable({
  rows,
  comparing,
  onPick,
  fileStem,
  lang,
  t,
}: {
  rows: readonly RankRow[];
  comparing: boolean;
  onPick: (code: string) => void;
  fileStem: string;
  lang: Lang;
  t: TFunction;
}) {
  const n = (v: number | null) => (v === null ? '—' : formatNumber(lang, Math.round(v)));
  return (
    <Panel
      title={t('rank.title')}
      id="tourism-ranking"
      actions={
        <CsvButton
          filename={fileStem}
          build={() =>
            exportCsv(rankingTable(rows, comparing, (code) => municipalityName(code, lang)))
          }
          label={t('export.csv')}
          subject={t('rank.title')}
          t={t}
          testId="ranking-csv"
        />
      }
    >
      <table className="table" data-testid="ranking-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('rank.municipality')}</th>
            <th scope="col">{t('rank.average')}</th>
            <th scope="col">{t('rank.peak')}</th>
            <th scope="col">{t('rank.arrivals')}</th>
            {comparing ? <th scope="col">{t('rank.change')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.code} data-code={r.code}>
              <td className="num">{i + 1}</td>
              <td>
                <button type="button" className="link" onClick={() => onPick(r.code)}>
                  {municipalityName(r.code, lang)}
                </button>
              </td>
              <td className="num">{n(r.average)}</td>
              <td className="num" title={r.peak ? formatCursor(r.peak.t, lang) : undefined}>
                {n(r.peak?.value ?? null)}
              </td>
              <td className="num">{formatTotal(r.arrivals, lang, t)}</td>
              {comparing ? <td className="num">{formatChange(r.change, lang)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
