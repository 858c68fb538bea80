import { useState } from 'react';
import type { TFunction } from '../../../i18n';
import { Qr } from './Qr';

/** The way back from paper: a QR code and the URL of this same view (a permalink). */
export function LinkBlock({ url, t }: { url: string; t: TFunction }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setCopied('failed');
      return;
    }
    clipboard.writeText(url).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  return (
    <section className="brief-link" aria-labelledby="brief-link-title" data-block="link">
      <Qr text={url} label={t('brief.link.title')} />
      <div>
        <h3 id="brief-link-title">{t('brief.link.title')}</h3>
        <p className="muted">{t('brief.link.help')}</p>
        <p className="brief-url" data-testid="brief-url">
          {url}
        </p>
        <button type="button" className="no-print" onClick={copy}>
          {t('brief.copyLink')}
        </button>{' '}
        <span role="status" className="muted">
          {copied === 'done' ? t('brief.copied') : copied === 'failed' ? t('brief.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
