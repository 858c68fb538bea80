import { isCatalogError } from '../../../api/ckan/client-errors';
import { formatNumber, registerJapanese, type Lang, type TFunction } from '../../../i18n';
import { opendataJa } from '../../../i18n/opendata.ja';

// The open-data KPIs' Japanese arrives with the platform's screens, not in the first script.
registerJapanese(opendataJa);
import { describeError } from '../../../ui/describe-error';

/** A failed catalogue request in one line: what went wrong, and where. */
export function catalogErrorText(error: unknown, t: TFunction): string {
  if (!isCatalogError(error)) return describeError(error, t);
  const vars = {
    url: error.url.split('?')[0] ?? error.url,
    message: error.message,
    type: error.ckanType ?? '',
  };
  return t(`od.err.${error.kind}`, vars);
}

/** A signed change (+3, −2; a true minus sign). */
export function signed(lang: Lang, n: number): string {
  return n > 0 ? `+${formatNumber(lang, n)}` : n < 0 ? `−${formatNumber(lang, -n)}` : '±0';
}

/** A share as a whole percent, e.g. 63%. */
export const percent = (share: number): string => String(Math.round(share * 100));
