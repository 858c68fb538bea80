import type { Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { TotalsStats } from '../../../features/operations/components/TotalsPanel';
import { fullWords } from '../../../features/operations/components/full-words';
import type { OpsBriefing } from './model/ops-briefing';
import { opsDetails, opsHeadline } from './model/sentences';
import { BriefBlock } from './BriefBlock';

/**
 * Shelters and evacuees: the headline sentence, the big numbers (the two full counts apart:
 * reported full, and at the full band), what they mean, what else applies.
 */
export function OpsBlock(props: {
  b: OpsBriefing;
  /** The shelter overlay has answered at least once: before that nothing is known, not 0. */
  loaded: boolean;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { b, loaded, asOf, lang, t } = props;
  return (
    <BriefBlock id="ops" title={t('brief.ops.title')} asOf={asOf} wide>
      <p className="brief-headline" data-testid="brief-headline" title={t('brief.ops.changeHelp')}>
        {loaded ? opsHeadline(b, lang, t) : t('app.loading')}
      </p>
      <TotalsStats
        totals={b.totals}
        known={loaded}
        fullBandPercent={b.fullBandPercent}
        testIdPrefix="brief"
        lang={lang}
        t={t}
      />
      <p className="ops-rule" data-testid="brief-full-rule">
        {fullWords(t, b.fullBandPercent).help}
      </p>
      <ul className="brief-sentences">
        {(loaded ? opsDetails(b, lang, t) : []).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </BriefBlock>
  );
}
