import './opendata-text';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import { jstDateOf } from '../../../domain/jst';
import {
  PLATFORM_SERVICE_STATUSES,
  SERVICE_CATEGORIES,
  type PlatformService,
} from '../../../domain/platform-service';
import { useNow } from '../../../ui/hooks/use-now';
import { Panel } from '../../../ui/Panel';
import { describeError } from '../../../ui/describe-error';
import { usePlatformServices } from '../api/use-platform-services';
import type { CategoryKey, StatusKey } from '../model/services';
import { joinList, typeLabel } from './labels';
import { PanelStatus } from './PanelStatus';

const CATEGORIES: readonly CategoryKey[] = [...SERVICE_CATEGORIES, 'unknown'];
const STATUSES: readonly StatusKey[] = [...PLATFORM_SERVICE_STATUSES, 'unknown'];

const categoryText = (s: PlatformService, t: TFunction) =>
  s.category === 'unknown' && s.rawCategory !== undefined
    ? t('od.svc.category.unknownRaw', { raw: s.rawCategory })
    : t(`od.svc.category.${s.category}`);

function servesText(s: PlatformService, lang: Lang, t: TFunction): string {
  if (s.prefectureWide) return t('od.svc.wide');
  if (s.localGovernmentCodes.length === 0) return t('od.svc.servesUnknown');
  return joinList(
    s.localGovernmentCodes.map((c) => municipalityName(c, lang)),
    t,
  );
}

/**
 * The services built on the platform: how many run (pilot and operating) by category and
 * status, each with whom it serves and the data it reads, and the platform's types that no
 * running service reads yet.
 */
export function ServicesPanel() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(30_000);
  const { query, summary, offered, pollMs } = usePlatformServices();
  const items = query.data?.items;
  const report = query.data?.report;
  // The "status unknown" column only when some service has one.
  const statuses = STATUSES.filter(
    (st) => st !== 'unknown' || CATEGORIES.some((c) => summary?.byCategory[c]?.unknown),
  );
  return (
    <Panel id="platform-services" title={t('od.svc.title')}>
      <PanelStatus
        feed={t('od.svc.feed')}
        query={query}
        at={items ? query.dataUpdatedAt : undefined}
        errorText={query.error ? describeError(query.error, t) : undefined}
        now={now}
        pollMs={pollMs}
        lang={lang}
        t={t}
        testId="od-svc"
      />
      {offered === false ? (
        <p className="pf-warn" data-testid="od-svc-not-offered">
          {t('od.svc.notOffered')}
        </p>
      ) : !summary || !items ? (
        query.isPending ? (
          <p className="muted">{t('od.svc.loading')}</p>
        ) : null
      ) : (
        <>
          <p data-testid="od-svc-summary" data-live={summary.live} data-total={summary.total}>
            {t('od.svc.summary', {
              live: formatNumber(lang, summary.live),
              total: formatNumber(lang, summary.total),
            })}
          </p>
          {report && report.skipped > 0 ? (
            <p className="pf-warn small" role="status">
              {t('od.svc.skipped', {
                n: formatNumber(lang, report.skipped),
                reasons: Object.keys(report.skipReasons).join(', '),
              })}
            </p>
          ) : null}
          {summary.byCategory.unknown ? (
            <p className="pf-warn small" role="status" data-testid="od-svc-unknown-category">
              {t('od.svc.unknownCategory', {
                n: formatNumber(
                  lang,
                  Object.values(summary.byCategory.unknown).reduce((a, b) => a + (b ?? 0), 0),
                ),
              })}
            </p>
          ) : null}
          <div className="pf-table-wrap">
            <table className="pf-table" data-testid="od-svc-matrix">
              <thead>
                <tr>
                  <th scope="col">{t('od.svc.col.category')}</th>
                  {statuses.map((st) => (
                    <th scope="col" key={st}>
                      {t(`od.svc.status.${st}`)}
                    </th>
                  ))}
                  <th scope="col">{t('od.svc.col.total')}</th>
                </tr>
              </thead>
              <tbody>
                {CATEGORIES.filter((c) => c !== 'unknown' || summary.byCategory.unknown).map(
                  (c) => {
                    const row = summary.byCategory[c] ?? {};
                    return (
                      <tr key={c} data-category={c}>
                        <th scope="row">{t(`od.svc.category.${c}`)}</th>
                        {statuses.map((st) => (
                          <td key={st} className="num" data-status={st}>
                            {formatNumber(lang, row[st] ?? 0)}
                          </td>
                        ))}
                        <td className="num">
                          {formatNumber(
                            lang,
                            Object.values(row).reduce((a, b) => a + (b ?? 0), 0),
                          )}
                        </td>
                      </tr>
                    );
                  },
                )}
              </tbody>
            </table>
          </div>
          <ul className="od-svc-list" data-testid="od-svc-list">
            {items.map((s) => (
              <li key={s.id} data-id={s.id} data-status={s.status} data-category={s.category}>
                <p className="od-svc-head">
                  <strong>{s.name}</strong>{' '}
                  <span className={`od-svc-status od-svc-${s.status}`}>
                    {s.status === 'unknown' && s.rawStatus !== undefined
                      ? `${t('od.svc.status.unknown')} (${s.rawStatus})`
                      : t(`od.svc.status.${s.status}`)}
                  </span>
                </p>
                <dl className="od-svc-facts">
                  <dt>{t('od.svc.col.category')}</dt>
                  <dd>{categoryText(s, t)}</dd>
                  {s.operatorName ? (
                    <>
                      <dt>{t('od.svc.col.operator')}</dt>
                      <dd>{s.operatorName}</dd>
                    </>
                  ) : null}
                  <dt>{t('od.svc.col.serves')}</dt>
                  <dd>{servesText(s, lang, t)}</dd>
                  <dt>{t('od.svc.col.types')}</dt>
                  <dd>
                    {s.dataTypesUsed.length
                      ? joinList(
                          s.dataTypesUsed.map((x) => typeLabel(x, t)),
                          t,
                        )
                      : '—'}
                  </dd>
                  <dt>{t('od.svc.col.launched')}</dt>
                  <dd>{s.launchedAt !== undefined ? jstDateOf(s.launchedAt) : '—'}</dd>
                </dl>
              </li>
            ))}
          </ul>
          {summary.unusedTypes ? (
            <p data-testid="od-svc-unused" data-types={summary.unusedTypes.join(',')}>
              {summary.unusedTypes.length > 0
                ? t('od.svc.unusedTypes', {
                    types: joinList(
                      summary.unusedTypes.map((x) => typeLabel(x, t)),
                      t,
                    ),
                  })
                : t('od.svc.allUsed')}
            </p>
          ) : null}
        </>
      )}
    </Panel>
  );
}
