import { useServices, useT, useUi } from './context';
import { PresetBar } from '../map/PresetBar';

export function TopBar() {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const preset = useUi((s) => s.preset);
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="muted">{t('app.platform')}</span>
        {config.mode === 'mock' ? (
          <span className="badge" title={t('app.mockBadge.title')} data-testid="mock-badge">
            {t('app.mockBadge')}
          </span>
        ) : null}
      </div>
      <PresetBar value={preset} onChange={(p) => store.getState().setPreset(p)} t={t} />
      <button
        type="button"
        className="lang"
        lang={lang === 'ja' ? 'en' : 'ja'}
        aria-label={t('lang.switch.label')}
        onClick={() => store.getState().setLang(lang === 'ja' ? 'en' : 'ja')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
