import { useSyncExternalStore } from 'react';
import type { AuthSession, SessionState } from '../api/auth/session';
import { formatAge, type Lang, type TFunction } from '../i18n';

const SIGNED_IN: SessionState = { kind: 'signed-in', expiresAt: undefined };
const noSession = () => () => undefined;

/** The session's state, or "signed in" when the dashboard does not sign in. */
export function useSessionState(session: AuthSession | undefined): SessionState {
  return useSyncExternalStore(
    session ? (l) => session.subscribe(l) : noSession,
    () => session?.state() ?? SIGNED_IN,
  );
}

/**
 * When the sign-in has run out and could not be renewed: why, the age of the data still on
 * screen (it stays), and a button that goes to the identity provider and back to this view.
 */
export function SignInBanner({
  session,
  lastGood,
  now,
  lang,
  t,
}: {
  session: AuthSession | undefined;
  lastGood: number;
  now: number;
  lang: Lang;
  t: TFunction;
}) {
  const state = useSessionState(session);
  if (!session || state.kind !== 'sign-in-needed') return null;
  const reason = t(`auth.reason.${state.reason}`, {
    issuer: session.issuer,
    detail: state.detail ?? '',
  });
  return (
    <div
      className="api-banner sign-in-banner"
      role="alert"
      data-testid="sign-in-banner"
      data-reason={state.reason}
    >
      <span>
        {t('auth.needed', { reason })}{' '}
        {lastGood > 0 ? t('auth.keeping', { age: formatAge(lang, now - lastGood) }) : null}
      </span>
      <button type="button" onClick={() => void session.signIn()}>
        {t('auth.signIn')}
      </button>
    </div>
  );
}
