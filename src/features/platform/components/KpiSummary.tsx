import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { Stat, StatRow } from '../../../ui/Stat';
import type { KpiMatrix } from '../model/matrix';
import { joinList, typeLabel } from './labels';

/** The big numbers and the same in plain sentences. */
export function KpiSummary({ matrix, lang, t }: { matrix: KpiMatrix; lang: Lang; t: TFunction }) {
  const { totals } = matrix;
  const n = (value: number) => formatNumber(lang, value);
  const bound = (value: number) => (totals.complete ? n(value) : t('pf.atLeast', { n: n(value) }));
  const records = t(totals.complete ? 'pf.totals.records.value' : 'pf.totals.records.atLeast', {
    n: n(totals.records),
  });
  return (
    <div className="pf-summary" data-testid="pf-summary">
      <StatRow columns={3}>
        <Stat
          label={t('pf.totals.publishing')}
          value={bound(totals.municipalitiesPublishing)}
          unit={t('pf.totals.publishing.unit')}
          help={t('pf.totals.publishing.help')}
          testId="pf-total-publishing"
        />
        <Stat
          label={t('pf.totals.datasets')}
          value={bound(totals.datasets)}
          help={t('pf.totals.datasets.help')}
          testId="pf-total-datasets"
        />
        <Stat
          label={t('pf.totals.records')}
          value={records}
          help={t('pf.totals.records.help')}
          testId="pf-total-records"
        />
      </StatRow>
      {matrix.types.length === 0 ? (
        <p className="pf-sentence">{t('pf.sentence.noTypes')}</p>
      ) : (
        <p className="pf-sentence" data-testid="pf-sentence">
          {/* Plain numbers: when they are lower bounds, the note below says so. */}
          {t('pf.sentence.main', {
            publishing: n(totals.municipalitiesPublishing),
            datasets: n(totals.datasets),
            records: n(totals.records),
          })}{' '}
          {t('pf.sentence.types', {
            types: joinList(
              matrix.types.map((x) => typeLabel(x, t)),
              t,
            ),
          })}
          {totals.prefectureDatasets > 0
            ? ` ${t('pf.sentence.prefecture', { n: n(totals.prefectureDatasets) })}`
            : null}
        </p>
      )}
      {!totals.complete ? <p className="pf-warn">{t('pf.sentence.incomplete')}</p> : null}
      {totals.stale ? <p className="pf-warn">{t('pf.sentence.stale')}</p> : null}
    </div>
  );
}
