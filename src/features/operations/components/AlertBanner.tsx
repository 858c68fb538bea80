import { formatJst, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { Alert } from '../model/alerts';
import { alertText } from './names';

/** Level-5 and "full" news stays on the wall until acknowledged or its time is up. */
export function AlertBanner(props: {
  pinned: readonly Alert[];
  onAcknowledge: (ids: string[]) => void;
  lang: Lang;
  t: TFunction;
}) {
  const { pinned, onAcknowledge, lang, t } = props;
  if (pinned.length === 0) return null;
  return (
    <section className="alert-banner" role="alert" aria-live="assertive" data-testid="alert-banner">
      <ul>
        {pinned.slice(0, 4).map((a) => (
          <li key={a.id} data-kind={a.kind}>
            <time dateTime={new Date(a.at).toISOString()}>{formatJst(lang, a.at)}</time>{' '}
            {alertText(a, t, lang)}{' '}
            <button type="button" onClick={() => onAcknowledge([a.id])}>
              {t('alerts.ack')}
            </button>
          </li>
        ))}
      </ul>
      {pinned.length > 1 ? (
        <button
          type="button"
          className="ack-all"
          onClick={() => onAcknowledge(pinned.map((a) => a.id))}
        >
          {t('alerts.ackAll')} ({pinned.length})
        </button>
      ) : null}
    </section>
  );
}
