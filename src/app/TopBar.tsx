import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { useServices } from '../services/context';
import { JstClock } from './JstClock';
import { ScreenTabs } from './ScreenTabs';
import type { DisasterEvent } from '../domain/live';

/**
 * Title, event, view tabs, clock and language. On the wall (kiosk) only what is read from
 * across the room stays: nobody is there to press a button.
 */
export function TopBar({ event, drill }: { event: DisasterEvent | undefined; drill: boolean }) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        {event ? (
          <span className="event" data-testid="event-name">
            {event.name}
          </span>
        ) : (
          <span className="muted">{t('app.platform')}</span>
        )}
        {drill ? <span className="badge drill">{t('app.drillBadge')}</span> : null}
        {config.mode === 'mock' ? (
          <span className="badge" title={t('app.mockBadge.title')} data-testid="mock-badge">
            {t('app.mockBadge')}
          </span>
        ) : null}
      </div>
      {kiosk ? null : <ScreenTabs t={t} />}
      <JstClock lang={lang} />
      {kiosk ? null : (
        <button
          type="button"
          className="lang"
          lang={lang === 'ja' ? 'en' : 'ja'}
          title={t('lang.switch.label')}
          onClick={() => store.getState().setLang(lang === 'ja' ? 'en' : 'ja')}
        >
          {t('lang.switch')}
        </button>
      )}
    </header>
  );
}
