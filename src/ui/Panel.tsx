import type { ReactNode } from 'react';

export function Panel({
  title,
  children,
  id,
  actions,
}: {
  title: string;
  children: ReactNode;
  id?: string;
  actions?: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={id ? `${id}-title` : undefined} data-panel={id}>
      <header className="panel-head">
        <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
