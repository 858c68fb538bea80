import { useEffect, useState } from 'react';
import { translate, type Lang } from '../i18n';

const RETRY_S = 30;

/**
 * Shown instead of the dashboard when the first sign-in cannot be done: the identity provider
 * is unreachable (tried again every 30 s, as a wall display has nobody to press a button), or
 * its answer could not be used. Both languages, naming the issuer and what to check.
 */
export function SignInFailedScreen({
  reason,
  detail,
  issuer,
  retry,
}: {
  reason: 'provider-unreachable' | 'callback';
  detail: string;
  issuer: string;
  retry: () => void;
}) {
  const [left, setLeft] = useState(RETRY_S);
  const automatic = reason === 'provider-unreachable';
  useEffect(() => {
    if (!automatic) return undefined;
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [automatic]);
  useEffect(() => {
    if (automatic && left === 0) retry();
  }, [automatic, left, retry]);
  const langs: Lang[] = ['ja', 'en'];
  const redirect = `${window.location.origin}${window.location.pathname}`;
  return (
    <main className="config-error" role="alert" data-testid="sign-in-failed" data-reason={reason}>
      {langs.map((lang) => (
        <section key={lang} lang={lang}>
          <h1>{translate(lang, 'auth.start.title')}</h1>
          <p>
            <strong>{translate(lang, `auth.start.${reason}`, { issuer, detail })}</strong>
          </p>
          <p>{translate(lang, 'auth.start.check', { redirect })}</p>
          {automatic ? <p>{translate(lang, 'auth.start.retry', { seconds: left })}</p> : null}
        </section>
      ))}
      <button type="button" onClick={retry}>
        {translate('ja', 'auth.signIn')} / {translate('en', 'auth.signIn')}
      </button>
    </main>
  );
}
