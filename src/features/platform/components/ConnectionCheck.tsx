import { useState } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { formatJst } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { useConnectionCheck } from '../check/use-connection-check';
import { causeOf, checkText, exchangeText, factText } from '../check/report';

/**
 * For whoever deploys the dashboard on a platform: each request it needs, as the browser made
 * it (URL, status, time, headers readable), what each answer means, and for each failure the
 * likely cause and the fix — on screen and as text to send to the platform operator.
 */
export function ConnectionCheck() {
  const { config } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const query = useConnectionCheck();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const text = query.data
    ? checkText(query.data.steps, t, config, formatJst(lang, query.data.at), lang)
    : undefined;
  const copy = () => {
    if (!text) return;
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <Panel
      title={t('screen.check')}
      actions={
        <>
          <button
            type="button"
            disabled={query.isFetching}
            onClick={() => {
              setCopied(undefined);
              void query.refetch();
            }}
          >
            {t('check.rerun')}
          </button>
          <button type="button" disabled={!text} onClick={copy} data-testid="check-copy">
            {t('check.copy')}
          </button>
        </>
      }
    >
      <p className="muted">{t('check.title')}</p>
      {copied ? (
        <p role="status">{t(copied === 'yes' ? 'check.copied' : 'check.copyFailed')}</p>
      ) : null}
      {query.isFetching || !query.data ? (
        <p className="muted" data-testid="check-running">
          {t('check.running')}
        </p>
      ) : (
        <>
          <ol className="check-steps" data-testid="check-steps">
            {query.data.steps.map((s, i) => {
              const why = causeOf(s, t, config);
              return (
                <li key={i} data-outcome={s.outcome} data-step={s.fact.id}>
                  <strong className={`check-outcome ${s.outcome}`}>
                    {t(`check.outcome.${s.outcome}`)}
                  </strong>{' '}
                  {factText(s.fact, t, lang)}
                  {s.exchanges.map((e, j) => (
                    <div key={j} className="check-exchange small">
                      {exchangeText(e, t)}
                    </div>
                  ))}
                  {why ? (
                    <div className="check-why small">
                      {t('check.causeLine', { text: why.cause })}
                      {why.fix ? (
                        <>
                          <br />
                          {t('check.fixLine', { text: why.fix })}
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <details>
            <summary>{t('check.asText')}</summary>
            <pre className="check-text" data-testid="check-text">
              {text}
            </pre>
          </details>
        </>
      )}
    </Panel>
  );
}
