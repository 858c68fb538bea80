import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import type { Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';

/** Which briefing: the prefecture or one of the 21 municipalities. */
export function AreaPicker(props: {
  area: MunicipalityCode | null;
  onChange: (area: MunicipalityCode | null) => void;
  lang: Lang;
  t: TFunction;
}) {
  const { area, onChange, lang, t } = props;
  return (
    <label className="brief-picker no-print">
      {t('brief.area.label')}{' '}
      <select
        value={area ?? ''}
        data-testid="brief-area"
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('brief.area.pref')}</option>
        {MUNICIPALITIES.map((m) => (
          <option key={m.code} value={m.code}>
            {lang === 'ja' ? m.nameJa : m.nameEn}
          </option>
        ))}
      </select>
    </label>
  );
}
