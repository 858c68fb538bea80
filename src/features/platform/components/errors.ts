import type { TFunction } from '../../../i18n';
import { describeError } from '../../../ui/describe-error';
import { NothingAnsweredError } from '../api/fetch-kpis';

/** A failed round in one line for people. */
export function kpiErrorText(error: unknown, t: TFunction): string {
  if (error instanceof NothingAnsweredError)
    return t('pf.error.nothing', { reason: error.reason || t('error.unknown') });
  return t('pf.error', { reason: describeError(error, t) });
}
