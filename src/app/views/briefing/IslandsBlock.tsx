import { Fragment } from 'react';
import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import type { LifelineGroup } from '../../../domain/island-groups';
import type { StrandedEstimate } from '../../../features/operations/model/stranded';
import { jstClock } from '../../../features/operations/model/lifeline-tables';
import { useIslandsToday } from '../../../features/operations/api/use-islands-today';
import type { OperationsData } from '../../../features/operations/api/use-operations';
import { BriefBlock } from './BriefBlock';
import { asOfText } from './as-of';

/** "1,234", "≥ 1,234" or the word for what is missing. */
function countText(
  c: { value: number; lowerBound: boolean } | undefined,
  missing: string,
  lang: Lang,
  t: TFunction,
): string {
  if (!c) return missing;
  const n = formatNumber(lang, c.value);
  return c.lowerBound ? t('life.atLeast', { n }) : n;
}

function rows(
  e: StrandedEstimate,
  spare: number | undefined,
  lang: Lang,
  t: TFunction,
): Array<[string, string, string]> {
  return [
    [
      'cannotLeave',
      t('life.col.cannotLeave'),
      countText(e.cannotLeave, t('life.unknown'), lang, t),
    ],
    ['present', t('life.col.present'), countText(e.present, t('life.noPresence'), lang, t)],
    [
      'seats',
      t('life.col.seats'),
      e.seats.known ? formatNumber(lang, e.seats.value) : t('life.unknown'),
    ],
    [
      'dayTrips',
      t('life.col.dayTrips'),
      countText(e.dayTripArrivals, t('life.noPresence'), lang, t),
    ],
    ['spare', t('life.col.spare'), spare === undefined ? '—' : formatNumber(lang, spare)],
    [
      'lastDeparture',
      t('life.col.lastDeparture'),
      e.lastDepartureAt === undefined ? t('life.lastGone') : jstClock(e.lastDepartureAt),
    ],
  ];
}

/** Two figures a row: the block stays as short as the page needs. */
function pairs<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
}

/**
 * An island municipality's briefing: the visitors who cannot leave its island group now,
 * beside the seats still leaving and the shelters' spare room there.
 */
export function IslandsBlock({
  group,
  ops,
  now,
  lang,
  t,
}: {
  group: LifelineGroup;
  ops: Pick<OperationsData, 'lifelines' | 'totals'>;
  now: number;
  lang: Lang;
  t: TFunction;
}) {
  const islands = useIslandsToday(now, ops.lifelines);
  const e = islands.estimates.find((x) => x.group === group)!;
  const spare = ops.totals?.byIslandGroup[group].spareCapacity;
  return (
    <BriefBlock
      id="islands"
      title={t('life.brief.title', { group: t(`island.short.${group}`) })}
      asOf={asOfText(islands.oldestUpdatedAt, lang, t)}
    >
      <table className="data compact" data-testid="brief-islands-table">
        <caption className="sr-only">
          {t('life.brief.title', { group: t(`island.short.${group}`) })}
        </caption>
        <tbody>
          {pairs(rows(e, spare, lang, t)).map((pair) => (
            <tr key={pair[0]?.[0]}>
              {pair.map(([key, label, value]) => (
                <Fragment key={key}>
                  <th scope="row">{label}</th>
                  <td className="num" data-row={key}>
                    {value}
                  </td>
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('life.brief.def')}</p>
    </BriefBlock>
  );
}
