import { formatJstMinute, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { StandingLevel5 } from '../model/standing';
import { municipalityName } from '../../../i18n/municipality-name';

/**
 * Level 5 in force, from the state rather than from news: shown for as long as it stands.
 * On the desk it can be acknowledged (until the set of orders changes); the wall has no button.
 */
export function StandingBanner(props: {
  standing: StandingLevel5;
  onAcknowledge: (() => void) | undefined;
  lang: Lang;
  t: TFunction;
}) {
  const { standing, onAcknowledge, lang, t } = props;
  return (
    <section
      className="alert-banner standing"
      role="alert"
      aria-live="assertive"
      data-testid="level5-banner"
    >
      <p>
        <strong>{t('standing.level5', { level: t('level.5') })}</strong>{' '}
        {standing.municipalities.map((m, i) => (
          <span key={m.code} className="standing-item">
            {i > 0 ? t('headline.separator') : null}
            {t('standing.item', {
              municipality: municipalityName(m.code, lang),
              time: formatJstMinute(lang, m.issuedAt),
            })}
          </span>
        ))}
      </p>
      {onAcknowledge ? (
        <button type="button" onClick={onAcknowledge}>
          {t('alerts.ack')}
        </button>
      ) : null}
    </section>
  );
}
