import { formatJst, type Lang } from '../i18n';
import { useNow } from '../ui/hooks/use-now';

/**
 * The wall's clock: always JST, whatever the display machine's time zone. It owns its
 * one-second tick, so nothing else re-renders with it.
 */
export function JstClock({ lang }: { lang: Lang }) {
  const now = useNow(1_000);
  return (
    <time className="clock" dateTime={new Date(now).toISOString()} data-testid="clock">
      {formatJst(lang, now)}
    </time>
  );
}
