import { useMemo } from 'react';
import { isDrill } from '../config/schema';
import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { useNow } from '../ui/hooks/use-now';
import { describeError } from '../ui/describe-error';
import { apiOutage } from './feed-health';
import { SignInBanner } from './SignInBanner';
import { CheckLink } from '../ui/CheckLink';
import { formatAge } from '../i18n';
import { pinnedAlerts } from '../features/operations/model/alerts';
import { AlertBanner } from '../features/operations/components/AlertBanner';
import { StandingBanner } from '../features/operations/components/StandingBanner';
import { standingLevel5 } from '../features/operations/model/standing';
import { useOperationsLog, useOperationsLogStore } from '../features/operations/api/log-context';
import type { OperationsFeeds } from '../features/operations/api/use-live-feeds';
import type { OperationsPicture } from '../features/operations/api/use-operations-picture';

/** Drill notice, API outage, pinned alerts: the lines that must not be missed. */
type BannerData = Pick<OperationsFeeds, 'overlays' | 'info' | 'events'> &
  Pick<OperationsPicture, 'levels'>;

export function Banners({ ops }: { ops: BannerData }) {
  const { config, session, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const log = useOperationsLogStore();
  const alerts = useOperationsLog((s) => s.alerts);
  const acknowledged = useOperationsLog((s) => s.acknowledged);
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
      <SignInBanner session={session} lastGood={lastGood} now={now} lang={lang} t={t} />
      {outage ? (
        <div className="api-banner" role="alert" data-testid="api-banner" data-outage={outage.kind}>
          {outage.kind === 'offline'
            ? t('api.offline')
            : t('api.unreachable', { reason: describeError(outage.error, t, config) })}{' '}
          {lastGood > 0 ? t('fresh.age', { age: formatAge(lang, now - lastGood) }) : null}{' '}
          {outage.kind === 'offline' ? null : (
            <CheckLink onCheck={() => store.getState().setScreen('check')} t={t} />
          )}
        </div>
      ) : null}
      {standingShown ? (
        <StandingBanner
          standing={standingShown}
          onAcknowledge={kiosk ? undefined : () => log.getState().acknowledge([standingShown.id])}
          lang={lang}
          t={t}
        />
      ) : null}
      <AlertBanner
        pinned={pinned}
        onAcknowledge={(ids) => log.getState().acknowledge(ids)}
        lang={lang}
        t={t}
      />
    </>
  );
}
