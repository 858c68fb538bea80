import { useState } from 'react';
import type { TFunction } from '../../../app/context';
import type { Lang } from '../../../i18n';
import { HOUR_MS, isJstDate } from '../../../domain/jst';
import {
  COMPARE_MODES,
  MAX_RANGE_DAYS,
  SPEEDS,
  type TourismUrlState,
} from '../../../state/tourism-url';
import { periodDays, stepCursor, type Period } from '../model/period';
import type { TimeRange } from '../model/types';
import { formatCursor } from './format';

export interface TimeBarProps {
  period: Period;
  range: TimeRange;
  cursor: number;
  compared: Period | null;
  playing: boolean;
  speed: number;
  vs: TourismUrlState['vs'];
  onChange(patch: Partial<TourismUrlState>): void;
  onPlaying(playing: boolean): void;
  lang: Lang;
  t: TFunction;
}

const validPeriod = (p: Period) =>
  isJstDate(p.from) && isJstDate(p.to) && p.from <= p.to && periodDays(p) <= MAX_RANGE_DAYS;

/** The one time cursor the map and every chart share, with playback, period and comparison. */
export function TimeBar(props: TimeBarProps) {
  const { period, range, cursor, compared, playing, speed, vs, onChange, onPlaying, lang, t } =
    props;
  const [draft, setDraft] = useState<Period | null>(null);
  const shown = draft ?? period;
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = { ...shown, [key]: value };
    if (validPeriod(next)) {
      setDraft(null);
      onChange({ range: next, cursor: null });
    } else setDraft(next);
  };
  const lastHour = range.toMs - HOUR_MS;
  return (
    <section className="time-bar" aria-label={t('time.title')} data-testid="time-bar">
      <div className="time-row">
        <button
          type="button"
          onClick={() => onChange({ cursor: cursor <= range.fromMs ? lastHour : cursor - HOUR_MS })}
          aria-label={t('time.back')}
        >
          ◀
        </button>
        <button
          type="button"
          className="play"
          aria-pressed={playing}
          onClick={() => onPlaying(!playing)}
          data-testid="play"
        >
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <button
          type="button"
          onClick={() => onChange({ cursor: stepCursor(cursor, range, 1) })}
          aria-label={t('time.forward')}
        >
          ▶
        </button>
        <output className="cursor-label" data-testid="time-cursor" data-cursor={cursor}>
          {formatCursor(cursor, lang)}
        </output>
        <label className="speed">
          {t('time.speed')}{' '}
          <select value={speed} onChange={(e) => onChange({ speed: Number(e.target.value) })}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('time.speedValue', { n: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <input
        type="range"
        className="cursor-slider"
        min={range.fromMs}
        max={lastHour}
        step={HOUR_MS}
        value={cursor}
        aria-label={t('time.cursor')}
        aria-valuetext={formatCursor(cursor, lang)}
        onChange={(e) => onChange({ cursor: Number(e.target.value) })}
        data-testid="cursor-slider"
      />
      <div className="time-row">
        <label>
          {t('time.from')}{' '}
          <input
            type="date"
            value={shown.from}
            onChange={(e) => setDate('from', e.target.value)}
            data-testid="period-from"
          />
        </label>
        <label>
          {t('time.to')}{' '}
          <input
            type="date"
            value={shown.to}
            onChange={(e) => setDate('to', e.target.value)}
            data-testid="period-to"
          />
        </label>
        <span className="muted">{t('time.days', { n: periodDays(period) })}</span>
        <label>
          {t('time.compare')}{' '}
          <select
            value={vs}
            onChange={(e) =>
              onChange({ vs: COMPARE_MODES.find((m) => m === e.target.value) ?? 'none' })
            }
            data-testid="compare-mode"
          >
            {COMPARE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`time.compare.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {compared ? (
          <span className="muted" data-testid="compared-period">
            {t('time.comparePeriod', { from: compared.from, to: compared.to })}
          </span>
        ) : null}
      </div>
      {draft ? (
        <p className="field-error" role="alert">
          {t('time.rangeInvalid', { n: MAX_RANGE_DAYS })}
        </p>
      ) : null}
    </section>
  );
}
