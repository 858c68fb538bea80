import type { TFunction } from '../i18n';
/** A link to `?screen=check`, opened in place (the store follows the address). */
export function CheckLink({ onCheck, t }: { onCheck: () => void; t: TFunction }) {
  return (
    <a
      className="check-link small"
      href="?screen=check"
      data-testid="check-link"
      onClick={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      {t('check.open')}
    </a>
  );
}
