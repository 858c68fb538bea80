import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { Stat, StatRow } from '../../../ui/Stat';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { addTotal, emptyTotal, shareOf } from '../model/total';
import { tourismIslandOf } from '../model/islands';
import type { Total } from '../../../domain/tourism-days';
import { formatCursor, formatPercent, formatTotal } from './format';

/** Big numbers at the time cursor: present in the prefecture and on the islands, arrivals. */
export function TourismSummary({
  at,
  cursor,
  lang,
  t,
}: {
  at: TourismAtCursor;
  cursor: number;
  lang: Lang;
  t: TFunction;
}) {
  const s = useMemo(() => {
    const all = emptyTotal();
    const islands = emptyTotal();
    for (const [code, total] of at.presence) {
      addTotal(all, total);
      if (tourismIslandOf(code)) addTotal(islands, total);
    }
    const arrivals = emptyTotal();
    const sea = emptyTotal();
    for (const f of at.flows) {
      const one: Total = { value: f.count, suppressed: f.suppressed };
      addTotal(arrivals, one);
      if (f.islandCrossing) addTotal(sea, one);
    }
    return { all, islands, share: shareOf(islands.value, all.value), arrivals, sea };
  }, [at]);
  const anySuppressed = [s.all, s.islands, s.arrivals, s.sea].some((x) => x.suppressed > 0);
  return (
    <Panel title={t('tsum.title', { time: formatCursor(cursor, lang) })} id="tourism-summary">
      <StatRow columns={3} flow>
        <Stat
          label={t('tsum.prefecture')}
          value={formatTotal(s.all, lang, t)}
          testId="tsum-prefecture"
        />
        <Stat
          label={t('tsum.islands')}
          value={formatTotal(s.islands, lang, t)}
          testId="tsum-islands"
        />
        <Stat label={t('tsum.islandShare')} value={formatPercent(s.share, lang, t)} />
      </StatRow>
      <StatRow columns={2} flow>
        <Stat
          label={t('tsum.arrivals')}
          value={formatTotal(s.arrivals, lang, t)}
          testId="tsum-arrivals"
        />
        <Stat label={t('tsum.sea')} value={formatTotal(s.sea, lang, t)} />
      </StatRow>
      {anySuppressed ? <p className="muted small">{t('tsum.help.suppressed')}</p> : null}
    </Panel>
  );
}
