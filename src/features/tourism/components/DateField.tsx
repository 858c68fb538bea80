import { useId, type KeyboardEvent } from 'react';
import { addDays, isJstDate } from '../../../domain/jst';

/**
 * A date typed as YYYY-MM-DD, the same in every language: a native date input would show the
 * browser's own locale (mm/dd/yyyy on an English-language Chrome) whatever the app's language.
 * Up and down arrows move a valid date by a day, as a date input's would; Escape gives the
 * last good period back. What the user typed stays in the field until it is valid.
 */
export function DateField({
  label,
  text,
  invalid,
  hintId,
  onText,
  onReset,
  testId,
}: {
  label: string;
  text: string;
  invalid: boolean;
  /** Id of the element that states the format (and any error). */
  hintId: string;
  onText(text: string): void;
  onReset(): void;
  testId: string;
}) {
  const id = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      onReset();
      return;
    }
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (step === 0 || !isJstDate(text.trim())) return;
    e.preventDefault();
    onText(addDays(text.trim(), step));
  };
  return (
    <span className="date-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        maxLength={10}
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={invalid}
        aria-describedby={hintId}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
    </span>
  );
}
