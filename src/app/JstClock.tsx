import { formatJst, type Lang } from '../i18n';

/** The wall's clock: always JST, whatever the display machine's time zone. */
export function JstClock({ now, lang }: { now: number; lang: Lang }) {
  return (
    <time className="clock" dateTime={new Date(now).toISOString()} data-testid="clock">
      {formatJst(lang, now)}
    </time>
  );
}
