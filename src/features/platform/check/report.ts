import type { AppConfig } from '../../../config/schema';
import { formatNumber, type Lang, type TFunction } from '../../../i18n';
import { describeError, explainError } from '../../../ui/describe-error';
import type { CheckFact, CheckStep, Exchange } from './run-check';

/** One line per fact, in the reader's language. */
export function factText(fact: CheckFact, t: TFunction, lang: Lang): string {
  const n = (v: number) => formatNumber(lang, v);
  switch (fact.id) {
    case 'types':
      return fact.iris > 0
        ? t('check.types.iris', { n: n(fact.types), iris: n(fact.iris) })
        : t('check.types', { n: n(fact.types) });
    case 'count':
      if (fact.refused !== undefined)
        return t('check.count.refused', { type: fact.type, status: fact.refused });
      return fact.count === undefined
        ? t('check.count.unread', { type: fact.type })
        : t('check.count', { type: fact.type, n: n(fact.count) });
    case 'page-cap':
      return fact.cap === undefined
        ? t('check.pageCap.none')
        : t('check.pageCap', { cap: n(fact.cap) });
    case 'representation':
      return fact.withAttributes === undefined
        ? t('check.repr.none', { options: fact.options })
        : fact.withAttributes
          ? t('check.repr.ok', { options: fact.options })
          : t('check.repr.bare', { options: fact.options });
    case 'temporal':
      return fact.available === true
        ? t('check.temporal.ok')
        : fact.available === false
          ? t('check.temporal.missing', { status: fact.status ?? '' })
          : t('check.temporal.failed');
    case 'tenant':
      return fact.entities === undefined
        ? t('check.tenant.unknown', { tenant: fact.tenant ?? t('check.tenant.default') })
        : fact.entities === 0
          ? t('check.tenant.empty', { tenant: fact.tenant ?? t('check.tenant.default') })
          : t('check.tenant.ok', {
              tenant: fact.tenant ?? t('check.tenant.default'),
              n: n(fact.entities),
            });
  }
}

export function exchangeText(e: Exchange, t: TFunction): string {
  const status =
    e.status === 'network'
      ? t('check.status.network')
      : e.status === 'aborted'
        ? t('check.status.aborted')
        : String(e.status);
  return t('check.exchange', {
    url: e.url,
    status,
    ms: e.ms,
    count: t(`check.header.${e.count}`),
    link: t(`check.header.${e.link}`),
  });
}

/** The likely cause and the fix of a failed step, or undefined. */
export function causeOf(
  step: CheckStep,
  t: TFunction,
  config: AppConfig,
): { cause: string; fix: string | undefined } | undefined {
  if (step.error === undefined) return undefined;
  return { cause: describeError(step.error, t, config), fix: explainError(step.error, t, config) };
}

/** The whole check as plain text, for the platform operator. */
export function checkText(
  steps: readonly CheckStep[],
  t: TFunction,
  config: AppConfig,
  at: string,
  lang: Lang,
): string {
  const lines = [
    t('check.title'),
    t('check.ranAt', { time: at }),
    t('check.config', {
      dialect: config.dialect,
      api: config.apiBaseUrl,
      tenant: config.tenant ?? '—',
    }),
  ];
  if (config.dialect === 'ngsi-v2')
    lines.push(
      t('check.configV2', {
        path: config.servicePath ?? '/#',
        temporal: config.temporalBaseUrl ?? config.apiBaseUrl,
      }),
    );
  if (config.auth) lines.push(t('check.configAuth', { issuer: config.auth.issuer }));
  for (const s of steps) {
    lines.push('', `[${t(`check.outcome.${s.outcome}`)}] ${factText(s.fact, t, lang)}`);
    for (const e of s.exchanges) lines.push(`  ${exchangeText(e, t)}`);
    const why = causeOf(s, t, config);
    if (why) {
      lines.push(`  ${t('check.causeLine', { text: why.cause })}`);
      if (why.fix) lines.push(`  ${t('check.fixLine', { text: why.fix })}`);
    }
  }
  return lines.join('\n');
}
