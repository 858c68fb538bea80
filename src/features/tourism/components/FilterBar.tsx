import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import type { OriginKey, TourismFilter } from '../../../domain/tourism-days';
import { flowOriginIsApproximate } from '../model/filter';
import { originLabel } from './format';

const CATEGORIES = ['all', 'domestic', 'inbound'] as const;
const STAYS = ['all', 'dayTrip', 'overnight'] as const;
const MODES = ['all', 'ferry', 'air', 'road', 'rail'] as const;

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  text: (v: T) => string;
  onChange: (v: T) => void;
  testId: string;
}) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => {
          const v = props.options.find((o) => o === e.target.value);
          if (v !== undefined) props.onChange(v);
        }}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.text(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Domestic or inbound, origin, day trip or overnight, transport mode. */
export function FilterBar({
  filter,
  origins,
  onChange,
  lang,
  t,
}: {
  filter: TourismFilter;
  /** Origins present in the loaded data, in display order. */
  origins: readonly OriginKey[];
  onChange: (filter: TourismFilter) => void;
  lang: Lang;
  t: TFunction;
}) {
  const originOptions = ['all', ...origins.filter((o) => o !== 'all')];
  if (!originOptions.includes(filter.origin)) originOptions.push(filter.origin);
  return (
    <fieldset className="filters" data-testid="tourism-filters">
      <legend>{t('filter.title')}</legend>
      <Choice
        label={t('filter.category')}
        value={filter.category}
        options={CATEGORIES}
        text={(v) => t(`filter.category.${v}`)}
        onChange={(category) => onChange({ ...filter, category })}
        testId="filter-category"
      />
      <Choice
        label={t('filter.origin')}
        value={filter.origin}
        options={originOptions}
        text={(v) => (v === 'all' ? t('filter.origin.all') : originLabel(v, lang, t))}
        onChange={(origin) => onChange({ ...filter, origin })}
        testId="filter-origin"
      />
      <Choice
        label={t('filter.stay')}
        value={filter.stay}
        options={STAYS}
        text={(v) => t(`filter.stay.${v}`)}
        onChange={(stay) => onChange({ ...filter, stay })}
        testId="filter-stay"
      />
      <Choice
        label={t('filter.mode')}
        value={filter.mode}
        options={MODES}
        text={(v) => t(`filter.mode.${v}`)}
        onChange={(mode) => onChange({ ...filter, mode })}
        testId="filter-mode"
      />
      <p className="muted small">{t('filter.flowsOnly')}</p>
      {flowOriginIsApproximate(filter) ? (
        <p className="muted small">{t('filter.approximate')}</p>
      ) : null}
    </fieldset>
  );
}
