import { formatNumber, type Lang } from '../../i18n';
import type { TFunction } from '../context';
import { Stat, StatRow } from '../../ui/Stat';
import type { OpsBriefing } from './model/ops-briefing';
import { opsDetails, opsHeadline } from './model/sentences';
import { BriefBlock } from './BriefBlock';

/** Shelters and evacuees: the headline sentence, four big numbers, what else applies. */
export function OpsBlock(props: {
  b: OpsBriefing;
  /** The shelter overlay has answered at least once: before that nothing is known, not 0. */
  loaded: boolean;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { b, loaded, asOf, lang, t } = props;
  const n = (v: number) => (loaded ? formatNumber(lang, v) : '—');
  const unit = (key: 'unit.persons' | 'unit.places' | 'unit.households') =>
    lang === 'ja' && loaded ? t(key, { n: '' }) : undefined;
  return (
    <BriefBlock id="ops" title={t('brief.ops.title')} asOf={asOf} wide>
      <p className="brief-headline" data-testid="brief-headline" title={t('brief.ops.changeHelp')}>
        {loaded ? opsHeadline(b, lang, t) : t('app.loading')}
      </p>
      <StatRow columns={3}>
        <Stat
          label={t('totals.openShelters')}
          value={n(b.totals.openShelters)}
          unit={unit('unit.places')}
          testId="brief-open"
        />
        <Stat
          label={t('totals.evacuees')}
          value={n(b.totals.evacuees)}
          unit={unit('unit.persons')}
          testId="brief-evacuees"
        />
        <Stat
          label={t('totals.households')}
          value={n(b.totals.households)}
          unit={unit('unit.households')}
          testId="brief-households"
        />
        <Stat
          label={t('totals.capacity')}
          value={n(b.totals.openCapacity)}
          unit={unit('unit.persons')}
          testId="brief-capacity"
        />
        <Stat
          label={t('totals.spare')}
          value={n(b.totals.spareCapacity)}
          unit={unit('unit.persons')}
          testId="brief-spare"
        />
        <Stat
          label={t('totals.fullShelters')}
          value={n(b.totals.fullShelters)}
          unit={unit('unit.places')}
          testId="brief-full"
        />
      </StatRow>
      <ul className="brief-sentences">
        {(loaded ? opsDetails(b, lang, t) : []).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </BriefBlock>
  );
}
