import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { useNow } from '../ui/hooks/use-now';
import { Credits } from './Credits';
import { FreshnessBadge } from '../ui/FreshnessBadge';
import type { OperationsFeeds } from '../features/operations/api/use-live-feeds';

/** Data ages and credits; ticks on its own so the rest of the page does not. */
export function StatusBar({ ops }: { ops: OperationsFeeds }) {
  const { config } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const screen = useUi((s) => s.screen);
  const now = useNow(5_000);
  const ms = (s: number) => s * 1000;
  const feeds = [
    {
      name: t('feed.overlays'),
      at: ops.overlays.dataUpdatedAt,
      poll: ms(config.pollSeconds.shelters),
    },
    {
      name: t('feed.info'),
      at: ops.info.dataUpdatedAt,
      poll: ms(config.pollSeconds.evacuationInformation),
    },
    {
      name: t('feed.events'),
      at: ops.events.dataUpdatedAt,
      poll: ms(config.pollSeconds.evacuationInformation),
    },
    {
      name: t('life.feed'),
      at: ops.lifelines.dataUpdatedAt,
      poll: ms(config.pollSeconds.lifelines),
    },
    {
      name: t('feed.shelters'),
      at: ops.masters.shelters.dataUpdatedAt,
      poll: ms(config.pollSeconds.masters),
    },
  ];
  return (
    <footer className="status-bar">
      <div className="freshness-row" data-testid="freshness-row">
        {feeds.map((f) => (
          <FreshnessBadge
            key={f.name}
            name={f.name}
            updatedAt={f.at}
            now={now}
            pollMs={f.poll}
            lang={lang}
            t={t}
          />
        ))}
      </div>
      <Credits t={t} tourism={screen === 'tourism' || screen === 'briefing'} />
    </footer>
  );
}
