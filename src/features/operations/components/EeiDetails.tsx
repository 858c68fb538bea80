import {
  EEI_FIELDS,
  LIVING_CONDITION_KEYS,
  type EeiField,
  type LivingConditions,
  type ShelterEei,
} from '../../../domain/eei';
import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import './eei.css';

/** Yes/no items: always shown, so 未報告 stands apart from 否. */
const YES_NO: ReadonlySet<EeiField> = new Set(['petsAccepted', 'carSleepersAllowed']);

function living(l: LivingConditions, t: TFunction): string {
  return LIVING_CONDITION_KEYS.flatMap((k) =>
    l[k] === undefined ? [] : [`${t(`eei.living.${k}`)}：${l[k]}`],
  ).join(' ／ ');
}

/** One reported value as text. */
function valueText(field: EeiField, e: ShelterEei, lang: Lang, t: TFunction): string | undefined {
  const v = e[field];
  if (v === undefined) return undefined;
  if (typeof v === 'number') return formatNumber(lang, v);
  if (typeof v === 'boolean') return t(v ? 'eei.yes' : 'eei.no');
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length === 0 ? t('eei.supplies.empty') : v.join('、');
  return living(v, t);
}

/**
 * A shelter's EEI v1.1 detail (contract §7) in item order: every reported item with its value;
 * the yes/no items always, 未報告 when absent (never 否); the other unreported items named in
 * one line, so the card stays short.
 */
export function EeiDetails({ eei, lang, t }: { eei?: ShelterEei; lang: Lang; t: TFunction }) {
  const e = eei ?? {};
  const missing: EeiField[] = [];
  const rows = EEI_FIELDS.flatMap((field) => {
    const text = valueText(field, e, lang, t);
    if (text === undefined && !YES_NO.has(field)) {
      missing.push(field);
      return [];
    }
    return [
      <div key={field} className="eei-item" data-eei={field}>
        <dt>{t(`eei.item.${field}`)}</dt>
        <dd className={text === undefined ? 'muted eei-unreported' : undefined}>
          {text ?? t('eei.notReported')}
        </dd>
      </div>,
    ];
  });
  return (
    <section className="eei" data-testid="eei-details">
      <h4>{t('eei.section')}</h4>
      {eei === undefined ? <p className="muted">{t('eei.none')}</p> : null}
      <dl>{rows}</dl>
      {eei !== undefined && missing.length > 0 ? (
        <p className="muted eei-missing">
          {t('eei.notReported.list', {
            items: missing.map((f) => t(`eei.item.${f}`)).join(lang === 'ja' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </section>
  );
}
