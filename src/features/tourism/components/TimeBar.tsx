import { useId, useState } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { HOUR_MS, isJstDate } from '../../../domain/jst';
import {
  COMPARE_MODES,
  MAX_RANGE_DAYS,
  SPEEDS,
  type TourismUrlState,
} from '../../../state/tourism-url';
import { isValidPeriod, periodDays, periodProblem, stepCursor, type Period } from '../model/period';
import type { TimeRange } from '../../../domain/tourism-days';
import { formatCursor } from './format';
import { DateField } from './DateField';

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

/** The one time cursor the map and every chart share, with playback, period and comparison. */
export function TimeBar(props: TimeBarProps) {
  const { period, range, cursor, compared, playing, speed, vs, onChange, onPlaying, lang, t } =
    props;
  // What is typed in the two date fields until it makes a valid period (then it is applied).
  const [draft, setDraft] = useState<Period | null>(null);
  const hintId = useId();
  const shown = draft ?? period;
  const setDate = (key: 'from' | 'to', text: string) => {
    const next = { ...shown, [key]: text };
    const trimmed = { from: next.from.trim(), to: next.to.trim() };
    if (isValidPeriod(trimmed, MAX_RANGE_DAYS)) {
      setDraft(null);
      if (trimmed.from !== period.from || trimmed.to !== period.to)
        onChange({ range: trimmed, cursor: null });
    } else setDraft(next);
  };
  const problem = draft ? periodProblem(draft, MAX_RANGE_DAYS) : null;
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
        {(['from', 'to'] as const).map((key) => (
          <DateField
            key={key}
            label={t(`time.${key}`)}
            text={shown[key]}
            invalid={problem === 'range' || (problem === 'format' && !isJstDate(shown[key].trim()))}
            hintId={hintId}
            onText={(text) => setDate(key, text)}
            onReset={() => setDraft(null)}
            testId={`period-${key}`}
          />
        ))}
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
      <p
        id={hintId}
        // The format for screen readers (aria-describedby); sighted users see the placeholder.
        className={problem ? 'field-error' : 'sr-only'}
        role={problem ? 'alert' : undefined}
        data-testid="period-hint"
      >
        {problem === 'format'
          ? t('time.dateFormat')
          : problem === 'range'
            ? t('time.rangeInvalid', { n: MAX_RANGE_DAYS })
            : t('time.dateHint')}
      </p>
    </section>
  );
}
