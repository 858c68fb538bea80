import { formatNumber, type Lang, type MessageKey } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { Stat, StatRow } from '../../../ui/Stat';
import type { TFunction } from '../../../i18n';
import type { AreaTotals } from '../model/aggregates';
import type { JoinResult } from '../model/join';
import { operationsNotes } from '../model/notes';
import { fullWords } from './full-words';
import { OpsNotes } from './OpsNotes';
import './operations.css';

type UnitKey = 'unit.persons' | 'unit.places' | 'unit.households';

type Counted = Exclude<keyof AreaTotals, 'reportedFull' | 'fullBand'>;

/** The five big numbers before the two full counts, in reading order. */
const STATS: ReadonlyArray<{
  label: MessageKey;
  field: Counted;
  unit: UnitKey;
  /** After a prefix: `total-open`, `brief-open`… */
  testId: string;
}> = [
  { label: 'totals.openShelters', field: 'openShelters', unit: 'unit.places', testId: 'open' },
  { label: 'totals.evacuees', field: 'evacuees', unit: 'unit.persons', testId: 'evacuees' },
  {
    label: 'totals.households',
    field: 'households',
    unit: 'unit.households',
    testId: 'households',
  },
  { label: 'totals.capacity', field: 'openCapacity', unit: 'unit.persons', testId: 'capacity' },
  { label: 'totals.spare', field: 'spareCapacity', unit: 'unit.persons', testId: 'spare' },
];

/**
 * The numbers of an area's totals: five big ones, then the two full counts side by side in
 * one cell, each with its own label. `known` false (the feed has not answered yet) shows
 * dashes, never zeros. `fullBandPercent`: the configured threshold, for the label.
 */
export function TotalsStats({
  totals,
  known = true,
  fullBandPercent,
  testIdPrefix,
  lang,
  t,
}: {
  totals: AreaTotals;
  known?: boolean;
  fullBandPercent: number | undefined;
  testIdPrefix: string;
  lang: Lang;
  t: TFunction;
}) {
  // Japanese counts carry a counter word (人, か所, 世帯); English ones stand alone.
  const unit = (key: UnitKey) => (lang === 'ja' && known ? t(key, { n: '' }) : undefined);
  const value = (v: number) => (known ? formatNumber(lang, v) : '—');
  const words = fullWords(t, fullBandPercent);
  const full = [
    {
      label: words.reportedFull,
      long: words.reportedFullLong,
      v: totals.reportedFull,
      id: 'reported-full',
    },
    { label: words.fullBand, long: words.fullBandLong, v: totals.fullBand, id: 'full-band' },
  ];
  return (
    <StatRow columns={3}>
      {STATS.map((spec) => (
        <Stat
          key={spec.testId}
          label={t(spec.label)}
          value={value(totals[spec.field])}
          unit={unit(spec.unit)}
          testId={`${testIdPrefix}-${spec.testId}`}
        />
      ))}
      <dl className="stat full-pair" title={words.help}>
        {full.map((f) => (
          <div key={f.id}>
            <dt className="stat-label">
              <abbr title={f.long}>{f.label}</abbr>
            </dt>
            <dd className="stat-value" data-testid={`${testIdPrefix}-${f.id}`}>
              {value(f.v)}
              {unit('unit.places') ? (
                <span className="stat-unit">{unit('unit.places')}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </StatRow>
  );
}

/**
 * Prefecture totals in big numbers; under them what the two full counts and spare mean, then
 * what the counts leave out or had to decide, in plain words.
 */
export function TotalsPanel({
  totals,
  joined,
  interactive = true,
  lang,
  t,
}: {
  totals: AreaTotals;
  joined: JoinResult | undefined;
  /** False on the wall: counts without the lists that open behind them. */
  interactive?: boolean;
  lang: Lang;
  t: TFunction;
}) {
  const pct = joined?.bands.full;
  const notes = joined ? operationsNotes(joined, totals) : [];
  return (
    <Panel title={t('totals.title')} id="totals">
      <TotalsStats totals={totals} fullBandPercent={pct} testIdPrefix="total" lang={lang} t={t} />
      <p className="ops-rule" data-testid="full-rule">
        {fullWords(t, pct).help}
      </p>
      <p className="ops-rule" data-testid="spare-rule">
        {t('ops.spare.rule')}
      </p>
      <OpsNotes notes={notes} interactive={interactive} lang={lang} t={t} />
    </Panel>
  );
}
