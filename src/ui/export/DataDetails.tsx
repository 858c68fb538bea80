import { useState, type ReactNode } from 'react';
import './export.css';

/**
 * A disclosure holding a chart's data table (or a map's): the table is built only while it is
 * open, so a 92-day hourly series costs nothing until someone asks for it.
 */
export function DataDetails({
  summary,
  children,
  testId,
}: {
  summary: string;
  children: () => ReactNode;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="data-details"
      data-testid={testId}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
