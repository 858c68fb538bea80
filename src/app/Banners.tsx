import { useMemo } from 'react';
import { isDrill } from '../config/schema';
import { useServices, useT, useUi } from './context';
import { useNow } from './use-now';
import { describeError } from './describe-error';
import { apiOutage } from './feed-health';
import { formatAge } from '../i18n';
import { pinnedAlerts } from '../features/operations/model/alerts';
import { AlertBanner } from '../features/operations/components/AlertBanner';
import { StandingBanner } from '../features/operations/components/StandingBanner';
import { standingLevel5 } from '../features/operations/model/standing';
import type { OperationsData } from '../features/operations/api/use-operations';

/** Drill notice, API outage, pinned alerts: the lines that must not be missed. */
export function Banners({ ops }: { ops: OperationsData }) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const alerts = useUi((s) => s.alerts);
  const acknowledged = useUi((s) => s.acknowledged);
  const now = useNow(5_000);
  const kiosk = useUi((s) => s.kiosk);
  const standing = useMemo(() => standingLevel5(ops.levels), [ops.levels]);
  const standingShown = standing && !acknowledged.includes(standing.id) ? standing : undefined;
  const pinned = useMemo(
    () =>
      pinnedAlerts(alerts, new Set(acknowledged), now, config.operations.alertBannerMinutes).filter(
        // A level 5 that stands is on its own line; the news of it would only repeat it.
        (a) => !standing || a.kind === 'shelterFull',
      ),
    [alerts, acknowledged, now, config.operations.alertBannerMinutes, standing],
  );
  const drill = isDrill(config);
  const polled = [ops.overlays, ops.info, ops.events];
  // Down when the latest attempt of every live feed failed (or the browser is offline); the
  // last good data stays.
  const outage = apiOutage(polled);
  const lastGood = Math.max(...polled.map((q) => q.dataUpdatedAt));
  return (
    <>
      {drill ? (
        <div className="drill-banner" role="status" data-testid="drill-banner">
          {t('drill.banner')}
        </div>
      ) : null}
      {outage ? (
        <div className="api-banner" role="alert" data-testid="api-banner" data-outage={outage.kind}>
          {outage.kind === 'offline'
            ? t('api.offline')
            : t('api.unreachable', { reason: describeError(outage.error, t, config) })}{' '}
          {lastGood > 0 ? t('fresh.age', { age: formatAge(lang, now - lastGood) }) : null}
        </div>
      ) : null}
      {standingShown ? (
        <StandingBanner
          standing={standingShown}
          onAcknowledge={kiosk ? undefined : () => store.getState().acknowledge([standingShown.id])}
          lang={lang}
          t={t}
        />
      ) : null}
      <AlertBanner
        pinned={pinned}
        onAcknowledge={(ids) => store.getState().acknowledge(ids)}
        lang={lang}
        t={t}
      />
    </>
  );
}
