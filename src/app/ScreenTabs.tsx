import { TAB_SCREENS } from '../state/url';
import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import type { TFunction } from '../i18n';

/** Disaster response or tourism: the same map, different layers and panels. */
export function ScreenTabs({ t }: { t: TFunction }) {
  const { store } = useServices();
  const screen = useUi((s) => s.screen);
  return (
    <nav className="screen-tabs" aria-label={t('screen.label')}>
      {TAB_SCREENS.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={s === screen}
          data-screen={s}
          onClick={() => {
            store.getState().setPlaying(false);
            store.getState().setScreen(s);
          }}
        >
          {t(`screen.${s}`)}
        </button>
      ))}
    </nav>
  );
}
