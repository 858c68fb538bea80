import { useMemo } from 'react';
import { useServices, useT, useUi } from './context';
import { useNow } from './use-now';
import { Credits } from './Credits';
import { TopBar } from './TopBar';
import { MapPanel } from './MapPanel';
import { SidePanels } from './SidePanels';
import { useOperations } from '../features/operations/api/use-operations';
import { pinnedAlerts } from '../features/operations/model/alerts';
import { AlertBanner } from '../features/operations/components/AlertBanner';
import { FreshnessBadge } from '../ui/FreshnessBadge';
import { formatAge } from '../i18n';

export function Dashboard() {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  const alerts = useUi((s) => s.alerts);
  const acknowledged = useUi((s) => s.acknowledged);
  const now = useNow(kiosk ? 1_000 : 5_000);
  const ops = useOperations();
  const pinned = useMemo(
    () => pinnedAlerts(alerts, new Set(acknowledged), now, config.operations.alertBannerMinutes),
    [alerts, acknowledged, now, config.operations.alertBannerMinutes],
  );
  const drill = config.mode === 'mock' && config.scenario !== 'baseline';
  const polled = [ops.overlays, ops.info, ops.events];
  // The API is down when the latest attempt of every live feed failed; the last good data
  // stays on screen with its age.
  const unreachable = polled.every((q) => q.isError);
  const lastGood = Math.max(...polled.map((q) => q.dataUpdatedAt));
  const poll = (s: number) => s * 1000;

  return (
    <div className="app" data-kiosk={kiosk ? '1' : undefined} lang={lang}>
      <TopBar now={now} event={ops.activeEvents[0]} drill={drill} />
      {drill ? (
        <div className="drill-banner" role="status" data-testid="drill-banner">
          {t('drill.banner')}
        </div>
      ) : null}
      {unreachable ? (
        <div className="api-banner" role="alert" data-testid="api-banner">
          {t('api.unreachable')}{' '}
          {lastGood > 0 ? t('fresh.age', { age: formatAge(lang, now - lastGood) }) : null}
        </div>
      ) : null}
      <AlertBanner
        pinned={pinned}
        onAcknowledge={(ids) => store.getState().acknowledge(ids)}
        lang={lang}
        t={t}
      />
      <div className="body">
        <MapPanel ops={ops} />
        <SidePanels ops={ops} />
      </div>
      <footer className="status-bar">
        <div className="freshness-row" data-testid="freshness-row">
          <FreshnessBadge
            name={t('feed.overlays')}
            updatedAt={ops.overlays.dataUpdatedAt}
            now={now}
            pollMs={poll(config.pollSeconds.shelters)}
            lang={lang}
            t={t}
          />
          <FreshnessBadge
            name={t('feed.info')}
            updatedAt={ops.info.dataUpdatedAt}
            now={now}
            pollMs={poll(config.pollSeconds.evacuationInformation)}
            lang={lang}
            t={t}
          />
          <FreshnessBadge
            name={t('feed.events')}
            updatedAt={ops.events.dataUpdatedAt}
            now={now}
            pollMs={poll(config.pollSeconds.evacuationInformation)}
            lang={lang}
            t={t}
          />
          <FreshnessBadge
            name={t('feed.shelters')}
            updatedAt={ops.masters.shelters.dataUpdatedAt}
            now={now}
            pollMs={poll(config.pollSeconds.masters)}
            lang={lang}
            t={t}
          />
        </div>
        <Credits t={t} />
      </footer>
    </div>
  );
}
