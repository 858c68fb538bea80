import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { ReportedSum, SexTotals } from '../model/eei';

function Cell({ v, of, lang, t }: { v: ReportedSum; of: number; lang: Lang; t: TFunction }) {
  return (
    <td className="num">
      {`${v.shelters === 0 ? '—' : formatNumber(lang, v.sum)} (${t('eei.sex.reported', { n: v.shelters, of })})`}
    </td>
  );
}

/**
 * Male/female evacuees per municipality where reported (model/eei.ts sexTotals): only
 * municipalities where at least one shelter reported either; each sum with its coverage.
 */
export function SexTotalsTable({
  totals,
  lang,
  t,
}: {
  totals: readonly SexTotals[];
  lang: Lang;
  t: TFunction;
}) {
  const rows = totals.filter((r) => r.male.shelters > 0 || r.female.shelters > 0);
  return (
    <div data-testid="sex-totals">
      <h3 title={t('eei.sex.help')}>{t('eei.sex.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('eei.sex.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('eei.col.municipality')}</th>
              <th scope="col" className="num">
                {t('eei.sex.male')}
              </th>
              <th scope="col" className="num">
                {t('eei.sex.female')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">{municipalityName(r.code, lang)}</th>
                <Cell v={r.male} of={r.shelters} lang={lang} t={t} />
                <Cell v={r.female} of={r.shelters} lang={lang} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('eei.sex.help')}</p>
    </div>
  );
}
