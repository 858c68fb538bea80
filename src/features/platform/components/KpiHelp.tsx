import type { TFunction } from '../../../i18n';

/** What the numbers mean, in full (the definitions the model's comments give). */
export function KpiHelp({ t }: { t: TFunction }) {
  return (
    <details className="pf-help" data-testid="pf-help">
      <summary>{t('pf.help.summary')}</summary>
      <ul>
        <li>{t('pf.help.datasets')}</li>
        <li>{t('pf.help.records')}</li>
        <li>{t('pf.help.newest')}</li>
        <li>{t('pf.help.cadence')}</li>
        <li>{t('pf.help.failures')}</li>
      </ul>
    </details>
  );
}
