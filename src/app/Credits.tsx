import type { TFunction } from './context';

/** Attribution required by the GSI content terms and the 国土数値情報 terms (see SOURCES.md). */
export function Credits({ t }: { t: TFunction }) {
  return (
    <footer className="credits" aria-label={t('credits.title')} data-testid="credits">
      <p>
        {t('credits.gsi')}（https://www.gsi.go.jp/bousaichiri/hinanbasho.html）.{' '}
        {t('credits.gsi.notice')}
      </p>
      <p>
        {t('credits.n03')}（https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03-v3_0.html）.{' '}
        {t('credits.mlit.notice')}
      </p>
    </footer>
  );
}
