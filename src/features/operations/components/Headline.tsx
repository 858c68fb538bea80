import { formatJstMinute, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { firstNames, type Headline as HeadlineData, type StrandedMention } from '../model/headline';
import { municipalityName } from '../../../i18n/municipality-name';

/** Municipalities named before "+N more": a headline stays on one line on the wall. */
const MAX_NAMES = 4;

function where(codes: readonly string[], lang: Lang, t: TFunction): string {
  const { shown, more } = firstNames(codes, MAX_NAMES);
  const names = shown.map((c) => municipalityName(c, lang)).join(t('headline.separator'));
  return more > 0 ? `${names}${t('headline.separator')}${t('headline.more', { n: more })}` : names;
}

/**
 * The sentence at the top of the operations view and the wall: what is in force and where,
 * shelters open, evacuees, island groups short of room; or, plainly, that nothing is.
 */
export function Headline({
  data,
  stranded = [],
  lang,
  t,
}: {
  data: HeadlineData;
  /** Island groups whose visitors cannot leave while services are suspended. */
  stranded?: readonly StrandedMention[];
  lang: Lang;
  t: TFunction;
}) {
  if (data.kind === 'waiting') {
    return (
      <p className="headline" data-kind="waiting" data-testid="headline" role="status">
        {t('headline.waiting')}
      </p>
    );
  }
  const asOf = (
    <span className="headline-asof">
      {t('headline.asOf', { time: formatJstMinute(lang, data.asOf) })}
    </span>
  );
  if (data.kind === 'quiet') {
    return (
      <p className="headline" data-kind="quiet" data-testid="headline" role="status">
        <span className="headline-part">{t('headline.quiet')}</span>
        {asOf}
      </p>
    );
  }
  const n = (v: number) => formatNumber(lang, v);
  const strandedPart =
    stranded.length > 0
      ? t('life.headline', {
          list: stranded
            .map((m) =>
              t(m.lowerBound ? 'life.headline.itemAtLeast' : 'life.headline.item', {
                group: t(`island.short.${m.group}`),
                n: n(m.value),
              }),
            )
            .join(t('headline.separator')),
        })
      : undefined;
  const parts = [
    data.top
      ? t('headline.top', {
          level: t(`level.${data.top.level}`),
          where: where(data.top.municipalities, lang, t),
        })
      : t('headline.noLevel'),
    t('headline.open', { n: n(data.openShelters) }),
    t('headline.evacuees', { n: n(data.evacuees) }),
    data.islandsShort.length > 0
      ? t('headline.islandsShort', {
          names: data.islandsShort.map((g) => t(`island.short.${g}`)).join(t('headline.separator')),
        })
      : t('headline.islandsOk'),
    ...(strandedPart ? [strandedPart] : []),
  ];
  return (
    <p
      className="headline"
      data-kind="active"
      data-level={data.top?.level}
      data-islands-short={data.islandsShort.length > 0 ? '1' : undefined}
      data-stranded={stranded.length > 0 ? stranded.map((m) => m.group).join(' ') : undefined}
      data-testid="headline"
      role="status"
    >
      {parts.map((p, i) => (
        <span key={i} className="headline-part" data-part={i}>
          {p}
        </span>
      ))}
      {asOf}
    </p>
  );
}
