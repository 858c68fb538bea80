import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { getMunicipality, normalizeMunicipalityCode } from '../../../domain/municipalities';
import { formatJst, formatNumber } from '../../../i18n';
import { usePlatformKpis } from '../api/use-platform-kpis';
import { countOf } from '../model/measure';
import { kpiErrorText } from './errors';
import { FreshnessMark } from './FreshnessMark';
import { joinList, measureText, typeLabel } from './labels';
import './platform.css';

/**
 * One municipality on the platform, for its briefing page: which types it publishes, how many
 * records, how fresh (the table's own mark and verdict, with the time and the verdict in words),
 * as of when. `code` may be 5- or 6-digit.
 */
export function MunicipalityKpiBlock({ code }: { code: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { query, matrix } = usePlatformKpis();
  const normalized = normalizeMunicipalityCode(code);
  if (normalized === undefined)
    return (
      <p className="pf-warn" role="alert" data-testid="pf-block-error">
        {t('pf.block.badCode', { code })}
      </p>
    );
  const m = getMunicipality(normalized);
  const name = (lang === 'ja' ? m?.nameJa : m?.nameEn) ?? normalized;
  const row = matrix?.rows.find((r) => r.code === normalized);
  const at = query.data?.at;
  const published = row?.cells.filter((c) => (countOf(c.records) ?? 0) > 0) ?? [];
  const empty = row?.cells.filter((c) => countOf(c.records) === 0) ?? [];
  const unknown = row?.cells.filter((c) => countOf(c.records) === undefined) ?? [];
  const records = published.reduce((n, c) => n + (countOf(c.records) ?? 0), 0);
  const labels = (cells: typeof published) =>
    joinList(
      cells.map((c) => typeLabel(c.type, t)),
      t,
    );
  return (
    <section
      className="pf-block"
      data-testid="pf-block"
      data-code={normalized}
      aria-labelledby={`pf-block-${normalized}`}
    >
      <h3 id={`pf-block-${normalized}`}>{t('pf.block.title', { name })}</h3>
      {at !== undefined ? (
        <p className="muted small">{t('pf.asOf', { time: formatJst(lang, at) })}</p>
      ) : null}
      {query.error ? (
        <p className="pf-error small" role="status">
          {kpiErrorText(query.error, t)}
        </p>
      ) : null}
      {!row || at === undefined ? (
        query.isPending ? (
          <p className="muted">{t('pf.loading')}</p>
        ) : null
      ) : (
        <>
          <p data-testid="pf-block-summary">
            {published.length > 0
              ? t('pf.block.publishes', {
                  n: formatNumber(lang, published.length),
                  records: formatNumber(lang, records),
                })
              : t('pf.block.none')}
          </p>
          {published.length > 0 ? (
            <ul className="pf-block-list">
              {published.map((c) => {
                const text = measureText(c.records, at, lang, t);
                return (
                  <li key={c.type} data-type={c.type} data-records={countOf(c.records)}>
                    <span className="pf-type">{typeLabel(c.type, t)}</span>{' '}
                    <span className="pf-records">{text.main}</span>
                    {text.note ? <span className="pf-note">{text.note}</span> : null}{' '}
                    <FreshnessMark cell={c} at={at} lang={lang} t={t} full />
                  </li>
                );
              })}
            </ul>
          ) : null}
          {empty.length > 0 ? (
            <p className="muted small">{t('pf.block.notPublished', { types: labels(empty) })}</p>
          ) : null}
          {unknown.length > 0 ? (
            <p className="pf-warn small">
              {t('pf.block.unknownCells', { types: labels(unknown) })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
