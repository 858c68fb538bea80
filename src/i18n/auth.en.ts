import type { authJa } from './auth.ja';

/** Sign-in messages (English). */
export const authEn: Record<keyof typeof authJa, string> = {
  'auth.needed': 'Sign-in needed: {reason}.',
  'auth.reason.refused': 'the platform refused the sign-in',
  'auth.reason.renewal-refused':
    'the sign-in has expired and the identity provider would not renew it',
  'auth.reason.provider-unreachable':
    'cannot reach the identity provider {issuer} to renew the sign-in ({detail})',
  'auth.keeping': 'Showing the last data received ({age} old).',
  'auth.signIn': 'Sign in',
  'auth.start.title': 'Cannot sign in',
  'auth.start.provider-unreachable': 'Cannot reach the identity provider {issuer}: {detail}',
  'auth.start.callback': 'The sign-in could not be completed: {detail}',
  'auth.start.retry': 'Trying again in {seconds} s.',
  'auth.start.check':
    'Check auth.issuer in config.json, and that the identity provider has this page’s address {redirect} registered as a redirect URI.',
  'error.signInRefused': 'The API refused the sign-in (HTTP {status})',
};
