import type { TFunction } from '../i18n';

/**
 * Attribution required by the GSI content terms and the 国土数値情報 terms, the Natural Earth
 * land under the basemap (public domain; credited as its makers ask), and for the tourism view
 * the guest-night statistics its synthetic data is shaped by (see SOURCES.md).
 */
export function Credits({ t, tourism = false }: { t: TFunction; tourism?: boolean }) {
  return (
    <section className="credits" aria-label={t('credits.title')} data-testid="credits">
      <p>
        {t('credits.gsi')}（https://www.gsi.go.jp/bousaichiri/hinanbasho.html）.{' '}
        {t('credits.gsi.notice')}
      </p>
      <p>
        {t('credits.n03')}（https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03-v3_0.html）.{' '}
        {t('credits.mlit.notice')}
      </p>
      <p>{t('credits.naturalEarth')}</p>
      {tourism ? <p>{t('credits.guestNights')}</p> : null}
    </section>
  );
}
