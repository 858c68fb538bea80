import type { ReactNode } from 'react';
import type { TFunction } from '../../i18n';
import './export.css';

/**
 * The button both exports share: a real button (keyboard and screen reader work as usual),
 * its accessible name the visible label plus what it saves, and the outcome said next to it.
 */
export function ExportButton({
  label,
  subject,
  onClick,
  busy,
  error,
  t,
  testId,
}: {
  label: string;
  subject?: string | undefined;
  onClick: () => void;
  busy: boolean;
  error: string | null;
  t: TFunction;
  testId?: string | undefined;
}) {
  return (
    <span className="export-action">
      <button
        type="button"
        className="export-button"
        onClick={onClick}
        aria-disabled={busy || undefined}
        data-testid={testId}
      >
        {label}
        {subject ? <span className="sr-only">{t('export.of', { what: subject })}</span> : null}
      </button>
      <span role="status" className="export-status">
        {busy ? t('export.busy') : ''}
      </span>
      {error ? (
        <span role="alert" className="export-error" data-testid={testId && `${testId}-error`}>
          {t('export.failed', { reason: error })}
        </span>
      ) : null}
    </span>
  );
}

/** Export buttons side by side, e.g. in a panel's header. */
export function ExportActions({ children }: { children: ReactNode }) {
  return <span className="export-actions">{children}</span>;
}
