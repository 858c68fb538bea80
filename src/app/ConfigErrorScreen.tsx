import type { ConfigResult } from '../config/load';
import { translate, type Lang } from '../i18n';

type Failure = Extract<ConfigResult, { ok: false }>;

/**
 * Shown instead of the dashboard when config.json is missing or wrong. It names each wrong
 * field and what was expected, in both languages, because whoever reads it is fixing a
 * deployment, possibly from a wall display in the response room.
 */
export function ConfigErrorScreen({ failure }: { failure: Failure }) {
  const langs: Lang[] = ['ja', 'en'];
  return (
    <main className="config-error" role="alert" data-testid="config-error">
      {langs.map((lang) => (
        <section key={lang} lang={lang}>
          <h1>{translate(lang, 'config.title')}</h1>
          <p>
            <strong>{translate(lang, `config.reason.${failure.reason}`)}</strong>
            {' — '}
            {translate(lang, 'config.lead', { source: failure.source })}
          </p>
        </section>
      ))}
      <table>
        <thead>
          <tr>
            <th scope="col">
              {translate('ja', 'config.field')} / {translate('en', 'config.field')}
            </th>
            <th scope="col">
              {translate('ja', 'config.problem')} / {translate('en', 'config.problem')}
            </th>
          </tr>
        </thead>
        <tbody>
          {failure.issues.map((issue, i) => (
            <tr key={`${issue.field}-${i}`} data-field={issue.field}>
              <td>
                <code>{issue.field || translate('ja', 'config.wholeFile')}</code>
              </td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => window.location.reload()}>
        {translate('ja', 'config.reload')} / {translate('en', 'config.reload')}
      </button>
    </main>
  );
}
