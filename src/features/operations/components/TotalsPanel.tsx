import { formatNumber, type Lang, type MessageKey } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { Stat, StatRow } from '../../../ui/Stat';
import type { TFunction } from '../../../app/context';
import type { AreaTotals } from '../model/aggregates';

export interface DataNotes {
  /** Overlays that matched no master: listed by what identifies them. */
  unmatchedList: readonly string[];
  unmatched: number;
  notDesignated: number;
  duplicates: number;
  overCapacity: number;
  unknownStatus: number;
}

type UnitKey = 'unit.persons' | 'unit.places' | 'unit.households';

/** The six big numbers, in reading order (two rows of three). */
const STATS: ReadonlyArray<{
  label: MessageKey;
  field: keyof AreaTotals;
  unit: UnitKey;
  /** After a prefix: `total-open`, `brief-open`… */
  testId: string;
}> = [
  {
    label: 'totals.openShelters',
    field: 'openShelters',
    unit: 'unit.places',
    testId: 'open',
  },
  { label: 'totals.evacuees', field: 'evacuees', unit: 'unit.persons', testId: 'evacuees' },
  {
    label: 'totals.households',
    field: 'households',
    unit: 'unit.households',
    testId: 'households',
  },
  {
    label: 'totals.capacity',
    field: 'openCapacity',
    unit: 'unit.persons',
    testId: 'capacity',
  },
  { label: 'totals.spare', field: 'spareCapacity', unit: 'unit.persons', testId: 'spare' },
  {
    label: 'totals.fullShelters',
    field: 'fullShelters',
    unit: 'unit.places',
    testId: 'full',
  },
];

/**
 * The six numbers of an area's totals. `known` false (the feed has not answered yet) shows
 * dashes, never zeros.
 */
export function TotalsStats({
  totals,
  known = true,
  testIdPrefix,
  lang,
  t,
}: {
  totals: AreaTotals;
  known?: boolean;
  testIdPrefix: string;
  lang: Lang;
  t: TFunction;
}) {
  // Japanese counts carry a counter word (人, か所, 世帯); English ones stand alone.
  const unit = (key: UnitKey) => (lang === 'ja' && known ? t(key, { n: '' }) : undefined);
  return (
    <StatRow columns={3}>
      {STATS.map((spec) => (
        <Stat
          key={spec.testId}
          label={t(spec.label)}
          value={known ? formatNumber(lang, totals[spec.field]) : '—'}
          unit={unit(spec.unit)}
          testId={`${testIdPrefix}-${spec.testId}`}
        />
      ))}
    </StatRow>
  );
}

/** Prefecture totals in big numbers, with what the counts leave out said in plain words. */
export function TotalsPanel({
  totals,
  notes,
  lang,
  t,
}: {
  totals: AreaTotals;
  notes: DataNotes;
  lang: Lang;
  t: TFunction;
}) {
  const n = (v: number) => formatNumber(lang, v);
  return (
    <Panel title={t('totals.title')} id="totals">
      <TotalsStats totals={totals} testIdPrefix="total" lang={lang} t={t} />
      <ul className="notes">
        {totals.unknownCapacity > 0 ? (
          <li>{t('totals.unknownCapacity', { n: n(totals.unknownCapacity) })}</li>
        ) : null}
        {notes.unmatched > 0 ? (
          <li data-testid="note-unmatched">
            <details>
              <summary>{t('totals.unmatched', { n: n(notes.unmatched) })}</summary>
              <ul className="unmatched-list">
                {notes.unmatchedList.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </details>
          </li>
        ) : null}
        {notes.notDesignated > 0 ? (
          <li className="warn" data-testid="note-not-designated">
            {t('totals.notDesignated', { n: n(notes.notDesignated) })}
          </li>
        ) : null}
        {notes.duplicates > 0 ? (
          <li>{t('totals.duplicates', { n: n(notes.duplicates) })}</li>
        ) : null}
        {notes.overCapacity > 0 ? (
          <li className="warn">{t('totals.overCapacity', { n: n(notes.overCapacity) })}</li>
        ) : null}
        {notes.unknownStatus > 0 ? (
          <li>{t('totals.unknownStatus', { n: n(notes.unknownStatus) })}</li>
        ) : null}
      </ul>
    </Panel>
  );
}
