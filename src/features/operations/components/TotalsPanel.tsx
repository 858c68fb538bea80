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
  testId: string;
}> = [
  {
    label: 'totals.openShelters',
    field: 'openShelters',
    unit: 'unit.places',
    testId: 'total-open',
  },
  { label: 'totals.evacuees', field: 'evacuees', unit: 'unit.persons', testId: 'total-evacuees' },
  {
    label: 'totals.households',
    field: 'households',
    unit: 'unit.households',
    testId: 'total-households',
  },
  {
    label: 'totals.capacity',
    field: 'openCapacity',
    unit: 'unit.persons',
    testId: 'total-capacity',
  },
  { label: 'totals.spare', field: 'spareCapacity', unit: 'unit.persons', testId: 'total-spare' },
  {
    label: 'totals.fullShelters',
    field: 'fullShelters',
    unit: 'unit.places',
    testId: 'total-full',
  },
];

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
  // Japanese counts carry a counter word (人, か所, 世帯); English ones stand alone.
  const unit = (key: UnitKey) => (lang === 'ja' ? t(key, { n: '' }) : undefined);
  return (
    <Panel title={t('totals.title')} id="totals">
      <StatRow columns={3}>
        {STATS.map((spec) => (
          <Stat
            key={spec.testId}
            label={t(spec.label)}
            value={n(totals[spec.field])}
            unit={unit(spec.unit)}
            testId={spec.testId}
          />
        ))}
      </StatRow>
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
