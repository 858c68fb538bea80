import { useMemo } from 'react';
import type { Lang, TFunction } from '../i18n';
import { useNow } from '../ui/hooks/use-now';
import { Headline } from '../features/operations/components/Headline';
import {
  strandedMentions,
  type Headline as HeadlineData,
} from '../features/operations/model/headline';
import { useIslandsToday } from '../features/operations/api/use-islands-today';
import type { OperationsFeeds } from '../features/operations/api/use-live-feeds';

/** The headline with the islands' visitors who cannot leave now; ticks on its own. */
export function OpsHeadline({
  data,
  lifelines,
  ready,
  lang,
  t,
}: {
  data: HeadlineData;
  lifelines: OperationsFeeds['lifelines'];
  /** The shelter masters are in: the islands' presence may be fetched (after the first map). */
  ready: boolean;
  lang: Lang;
  t: TFunction;
}) {
  const now = useNow(60_000);
  // The headline names a group only while one of its services is suspended: until one is,
  // there is nothing to fetch for it (the islands panel fetches the same cached day).
  const anySuspended = lifelines.data?.items.some((s) => s.status === 'suspended') ?? false;
  const { estimates } = useIslandsToday(now, lifelines, ready && anySuspended);
  const stranded = useMemo(() => strandedMentions(estimates), [estimates]);
  return <Headline data={data} stranded={stranded} lang={lang} t={t} />;
}
