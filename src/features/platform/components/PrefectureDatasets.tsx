import type { Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { PrefectureType } from '../model/types';
import { measureText, typeLabel } from './labels';

/** Types without a municipality code: each with its prefecture-wide count, or why there is none. */
export function PrefectureDatasets({
  types,
  at,
  lang,
  t,
}: {
  types: readonly PrefectureType[];
  at: number;
  lang: Lang;
  t: TFunction;
}) {
  return (
    <section className="pf-prefecture" aria-labelledby="pf-prefecture-title">
      <h3 id="pf-prefecture-title">{t('pf.prefecture.title')}</h3>
      {types.length === 0 ? (
        <p className="muted">{t('pf.prefecture.none')}</p>
      ) : (
        <ul data-testid="pf-prefecture">
          {types.map((p) => {
            const text = measureText(p.total, at, lang, t);
            return (
              <li key={p.name} data-type={p.name} data-state={p.total.state} title={text.title}>
                <span className="pf-type">{typeLabel(p.name, t)}</span>{' '}
                <span className="pf-records">{text.main}</span>
                {text.note ? <span className="pf-note">{text.note}</span> : null}
                {p.attribution === 'unknown' ? (
                  <span className="muted"> — {t('pf.prefecture.unknown')}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted small">{t('pf.prefecture.note')}</p>
    </section>
  );
}
