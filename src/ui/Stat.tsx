import type { ReactNode } from 'react';

/** A big number with its label; `help` explains exactly what is counted. */
export function Stat({
  label,
  value,
  unit,
  help,
  testId,
}: {
  label: string;
  value: string;
  unit?: string;
  help?: string;
  testId?: string;
}) {
  return (
    <div className="stat" title={help}>
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={testId}>
        {value}
        {unit ? <span className="stat-unit">{unit}</span> : null}
      </div>
      {help ? <div className="stat-help">{help}</div> : null}
    </div>
  );
}

/**
 * Numbers side by side in columns; `flow` lets each take its own width and move to the next
 * line when the row is full (values such as "at least 161,427" are wider than a column).
 */
export function StatRow({
  children,
  columns = 2,
  flow = false,
}: {
  children: ReactNode;
  columns?: 2 | 3;
  flow?: boolean;
}) {
  return <div className={`stat-row cols-${columns}${flow ? ' flow' : ''}`}>{children}</div>;
}
