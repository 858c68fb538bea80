import './opendata-text';
import { useState } from 'react';
import { isJstDate } from '../../../domain/jst';
import type { TFunction } from '../../../i18n';

/**
 * The comparison date, typed as YYYY-MM-DD in both languages; taken once it is a real date.
 * Give it `key={value}` so a date set elsewhere (the URL) replaces what was typed.
 */
export function SinceInput({
  value,
  onChange,
  t,
}: {
  value: string;
  onChange: (date: string) => void;
  t: TFunction;
}) {
  const [text, setText] = useState(value);
  const valid = isJstDate(text);
  return (
    <label className="od-since">
      <span>{t('od.kpi.since')}</span>{' '}
      <input
        type="text"
        inputMode="numeric"
        size={10}
        maxLength={10}
        pattern="\d{4}-\d{2}-\d{2}"
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={!valid}
        aria-describedby="od-since-help"
        data-testid="od-since"
        onChange={(e) => {
          setText(e.target.value);
          if (isJstDate(e.target.value) && e.target.value !== value) onChange(e.target.value);
        }}
      />
      <span id="od-since-help" className="muted small">
        {' '}
        {t('od.kpi.since.help')}
      </span>
    </label>
  );
}
