import { useMemo } from 'react';
import type { Lang } from '../../../i18n';
import type { TourismData } from '../api/use-tourism';
import { daysBetween } from '../../../domain/jst';
import { municipalityName } from '../../operations/components/names';
import { presenceSeries } from '../model/presence';
import { stayBreakdown } from '../model/flows';
import { originBreakdown } from '../model/origins';
import { islandShare } from '../model/islands';
import { rankMunicipalities } from '../model/ranking';
import { compareOriginKeys } from '../model/origin-key';
import { dataQuality } from '../model/quality';
import type { TourismFilter } from '../model/types';
import type { PresenceChartInput } from '../components/charts/PresenceCharts';

/**
 * Everything the side panels derive from the loaded days over the whole period. None of it
 * depends on the time cursor, so playback never recomputes it.
 */
export function useTourismPanels(
  data: TourismData,
  filter: TourismFilter,
  codes: readonly string[],
  prefectureLabel: string,
  lang: Lang,
) {
  const { range, compare, period } = data;
  const { presence, flows } = data.main;
  const other = data.other;
  const ranking = useMemo(
    () =>
      rankMunicipalities(
        presence,
        flows,
        range,
        filter,
        other && compare
          ? { presence: other.presence, flows: other.flows, range: compare.range }
          : undefined,
      ),
    [presence, flows, range, filter, other, compare],
  );
  const charts = useMemo((): PresenceChartInput[] => {
    const keys: Array<string | 'prefecture'> = codes.length ? [...codes] : ['prefecture'];
    return keys.map((key) => {
      const pick = key === 'prefecture' ? 'prefecture' : [key];
      return {
        key,
        label: key === 'prefecture' ? prefectureLabel : municipalityName(key, lang),
        shown: presenceSeries(presence, range, pick, filter),
        compared:
          other && compare
            ? {
                series: presenceSeries(other.presence, compare.range, pick, filter),
                offsetMs: compare.offsetMs,
              }
            : undefined,
      };
    });
  }, [codes, prefectureLabel, lang, presence, range, filter, other, compare]);
  const stay = useMemo(() => stayBreakdown(flows, range, filter), [flows, range, filter]);
  const origins = useMemo(
    () => originBreakdown(presence, range, filter, codes.length ? codes : 'prefecture'),
    [presence, range, filter, codes],
  );
  const islands = useMemo(() => islandShare(presence, range, filter), [presence, range, filter]);
  const quality = useMemo(
    () => dataQuality(daysBetween(period.from, period.to), presence, flows),
    [period, presence, flows],
  );
  const originKeys = useMemo(() => {
    const keys = new Set<string>();
    for (const day of presence.values()) for (const o of day.origins) keys.add(o);
    return [...keys].sort(compareOriginKeys);
  }, [presence]);
  return { ranking, charts, stay, origins, islands, quality, originKeys };
}
