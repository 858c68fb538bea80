import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { describeError, explainError } from '../ui/describe-error';
import { feedProblem, type PolledState } from './feed-health';
import { useNow } from '../ui/hooks/use-now';
import { FeedStatus } from '../ui/FeedStatus';
import { Panel } from '../ui/Panel';
import type { OperationsFeeds } from '../features/operations/api/use-live-feeds';

/**
 * Per feed: as-of time, what validation skipped and why, and the current failure (from the
 * first failed attempt, or "offline" while the browser has no network).
 */
export function FeedsPanel({ ops }: { ops: OperationsFeeds }) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow();
  const feeds = [
    { name: t('feed.sites'), q: ops.masters.sites },
    { name: t('feed.shelters'), q: ops.masters.shelters },
    { name: t('feed.overlays'), q: ops.overlays },
    { name: t('feed.info'), q: ops.info },
    { name: t('feed.events'), q: ops.events },
    { name: t('life.feed'), q: ops.lifelines },
  ];
  /** The failure in one line, and for a deployer what to check. */
  const problemTexts = (q: PolledState) => {
    const problem = feedProblem(q);
    if (problem === undefined) return { error: undefined, fix: undefined };
    if (problem.kind === 'offline') return { error: t('error.offline'), fix: undefined };
    return {
      error: describeError(problem.error, t, config),
      fix: explainError(problem.error, t, config),
    };
  };
  return (
    <Panel title={t('feed.title')} id="feeds">
      {feeds.map(({ name, q }) => (
        <FeedStatus
          key={name}
          name={name}
          lang={lang}
          t={t}
          now={now}
          updatedAt={q.dataUpdatedAt}
          report={q.data?.report}
          {...problemTexts(q)}
          onCheck={() => store.getState().setScreen('check')}
        />
      ))}
      <p className="muted">
        {config.mode === 'mock' ? t('app.mockBadge.title') : config.apiBaseUrl}
      </p>
    </Panel>
  );
}
