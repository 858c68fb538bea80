import { translate } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { EeiCsvWords } from '../model/eei-csv';

/**
 * The EEI CSV's words: Japanese whatever the screen's language, since the file is what a
 * municipality passes on (EEI item names as the standard writes them).
 */
export const EEI_CSV_WORDS_JA: EeiCsvWords = {
  header: (key) => translate('ja', key),
  municipality: (code) => municipalityName(code, 'ja'),
  status: (s) => {
    const o = s.overlay;
    if (o.openingStatus === 'closed') return translate('ja', 'eei.csv.closed');
    const word = translate('ja', `status.${o.openingStatus}`);
    return o.openingStatus === 'unknown' && o.rawStatus ? `${word}（${o.rawStatus}）` : word;
  },
  yes: translate('ja', 'eei.yes'),
  no: translate('ja', 'eei.no'),
  none: translate('ja', 'eei.csv.none'),
};
