import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { Stat, StatRow } from '../../../ui/Stat';
import type { TFunction } from '../../../app/context';
import type { AreaTotals } from '../model/aggregates';

export interface DataNotes {
  unmatched: number;
  duplicates: number;
  overCapacity: number;
  unknownStatus: number;
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
  // Japanese counts carry a counter word (人, か所, 世帯); English ones stand alone.
  const unit = (key: 'unit.persons' | 'unit.places' | 'unit.households') =>
    lang === 'ja' ? t(key, { n: '' }) : undefined;
  return (
    <Panel title={t('totals.title')} id="totals">
      <StatRow columns={3}>
        <Stat
          label={t('totals.openShelters')}
          value={n(totals.openShelters)}
          unit={unit('unit.places')}
          testId="total-open"
        />
        <Stat
          label={t('totals.evacuees')}
          value={n(totals.evacuees)}
          unit={unit('unit.persons')}
          testId="total-evacuees"
        />
        <Stat
          label={t('totals.households')}
          value={n(totals.households)}
          unit={unit('unit.households')}
          testId="total-households"
        />
      </StatRow>
      <StatRow columns={3}>
        <Stat
          label={t('totals.capacity')}
          value={n(totals.openCapacity)}
          unit={unit('unit.persons')}
          testId="total-capacity"
        />
        <Stat
          label={t('totals.spare')}
          value={n(totals.spareCapacity)}
          unit={unit('unit.persons')}
          testId="total-spare"
        />
        <Stat
          label={t('totals.fullShelters')}
          value={n(totals.fullShelters)}
          unit={unit('unit.places')}
          testId="total-full"
        />
      </StatRow>
      <ul className="notes">
        {totals.unknownCapacity > 0 ? (
          <li>{t('totals.unknownCapacity', { n: n(totals.unknownCapacity) })}</li>
        ) : null}
        {notes.unmatched > 0 ? (
          <li data-testid="note-unmatched">{t('totals.unmatched', { n: n(notes.unmatched) })}</li>
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
