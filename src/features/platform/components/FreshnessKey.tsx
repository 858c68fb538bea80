import { formatAge, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { cadenceOf, type CadenceTable, type CellFreshness } from '../model/cadence';
import { FreshnessIcon } from './FreshnessMark';
import { FRESHNESS_KEYS, joinList, typeLabel } from './labels';

const SHOWN: readonly CellFreshness[] = ['fresh', 'aging', 'stale', 'unjudged', 'unknown'];

/**
 * The key to the table's marks, and the interval each shown type is judged against (the
 * defaults or the deployment's `platformCadence`), so a verdict can be checked by hand.
 */
export function FreshnessKey({
  types,
  cadences,
  lang,
  t,
}: {
  types: readonly string[];
  cadences: CadenceTable;
  lang: Lang;
  t: TFunction;
}) {
  const intervals = types.flatMap((type) => {
    const c = cadenceOf(type, cadences);
    const label = typeLabel(type, t);
    return c.kind === 'every'
      ? [t('pf.key.every', { type: label, interval: formatAge(lang, c.expectedMs) })]
      : [t('pf.key.notJudged', { type: label })];
  });
  return (
    <div className="pf-key" data-testid="pf-key">
      <ul>
        {SHOWN.map((f) => (
          <li key={f} className={`pf-fresh-${f}`}>
            <FreshnessIcon freshness={f} />
            {t(FRESHNESS_KEYS[f])}
          </li>
        ))}
      </ul>
      <p>
        {t('pf.key.rule')} {intervals.length > 0 ? joinList(intervals, t) : null}
      </p>
    </div>
  );
}
