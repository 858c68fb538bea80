import type { checkJa } from './check.ja';

/** Connection check messages (English). */
export const checkEn: Record<keyof typeof checkJa, string> = {
  'screen.check': 'Connection check',
  'check.title':
    'Connection check: the requests this dashboard makes, sent to the configured platform',
  'check.open': 'Open the connection check',
  'check.ranAt': 'Run at {time}',
  'check.config': 'Dialect {dialect}, API {api}, tenant {tenant}',
  'check.configV2': 'Service path {path}, history {temporal}',
  'check.configAuth': 'Sign-in: identity provider {issuer}',
  'check.running': 'Checking…',
  'check.rerun': 'Check again',
  'check.copy': 'Copy as text',
  'check.copied': 'Copied',
  'check.copyFailed': 'Could not copy; select the text below and copy it',
  'check.asText': 'Text for the platform operator',
  'check.outcome.ok': 'OK',
  'check.outcome.warn': 'Note',
  'check.outcome.fail': 'Failed',
  'check.causeLine': 'Likely cause: {text}',
  'check.fixLine': 'What to check: {text}',
  'check.types': 'Type list: {n} {n|type|types}',
  'check.types.iris':
    'Type list: {n} {n|type|types} ({iris} answered as full IRIs, shown by their @context terms)',
  'check.count': 'Count of {type}: {n}',
  'check.count.unread': 'Count of {type}: not readable (no count header, or not exposed by CORS)',
  'check.count.refused':
    'Count of {type}: the platform refuses an unfiltered count (HTTP {status}); the views read this type filtered, and the platform view says "not supported"',
  'check.pageCap': 'Page size: accepted up to {cap}',
  'check.pageCap.none': 'Page size: no size was accepted',
  'check.repr.ok': '{options}: answered with attributes',
  'check.repr.bare':
    '{options}: entities come without attributes (the dashboard reads them again normalized)',
  'check.repr.none': '{options}: no entity to look at',
  'check.temporal.ok': 'History (temporal API / QuantumLeap): answers',
  'check.temporal.missing':
    'No history service (HTTP {status}): the trend charts are built from the dashboard’s own polls',
  'check.temporal.failed': 'History (temporal API / QuantumLeap): failed',
  'check.tenant.default': '(default)',
  'check.tenant.ok': 'Tenant {tenant}: {n} {n|entity|entities}',
  'check.tenant.empty': 'Tenant {tenant}: no entities of any type. Check tenant (and servicePath)',
  'check.tenant.unknown': 'Tenant {tenant}: cannot tell, no count was readable',
  'check.exchange': 'GET {url} → {status} in {ms} ms; count header: {count}; Link: {link}',
  'check.header.read': 'read',
  'check.header.absent': 'absent',
  'check.header.not-asked': '—',
  'check.status.network': 'cannot connect',
  'check.status.aborted': 'aborted',
};
