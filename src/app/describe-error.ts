import { isNgsiError } from '../api/ngsi/errors';
import type { TFunction } from './context';

/** One line for people: what failed, without headers or body dumps. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isNgsiError(error)) return t('error.unknown');
  switch (error.kind) {
    case 'problem':
      return t('error.problem', {
        status: error.status,
        title: error.ngsiError ?? error.title ?? error.problemType,
      });
    case 'http':
      return t('error.http', { status: error.status });
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'invalid-response':
      return t('error.invalid');
  }
}
