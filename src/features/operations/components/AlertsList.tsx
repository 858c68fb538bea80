import { formatJst, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../app/context';
import type { Alert } from '../model/alerts';
import { alertText } from './names';

const SHOWN = 50;

export function AlertsList(props: { alerts: readonly Alert[]; lang: Lang; t: TFunction }) {
  const { alerts, lang, t } = props;
  return (
    <Panel title={t('alerts.title')} id="alerts">
      {alerts.length === 0 ? (
        <p className="muted">{t('alerts.none')}</p>
      ) : (
        <ol className="alert-list" data-testid="alert-list">
          {alerts.slice(0, SHOWN).map((a) => (
            <li key={a.id} data-kind={a.kind} className={`alert alert-${a.kind}`}>
              <time className="muted" dateTime={new Date(a.at).toISOString()}>
                {formatJst(lang, a.at)}
              </time>{' '}
              {alertText(a, t, lang)}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
