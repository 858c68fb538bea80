import type { ReactNode } from 'react';

/** One block of a briefing: a title, its as-of time, then what it says. */
export function BriefBlock({
  id,
  title,
  asOf,
  actions,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  asOf: string;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={wide ? 'brief-block wide' : 'brief-block'}
      aria-labelledby={`brief-${id}-title`}
      data-block={id}
    >
      <header className="brief-block-head">
        <h3 id={`brief-${id}-title`}>{title}</h3>
        {actions}
      </header>
      <p className="as-of" data-testid={`asof-${id}`}>
        {asOf}
      </p>
      {children}
    </section>
  );
}
