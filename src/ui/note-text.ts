/**
 * A validation note (src/api/entities/notes.ts) in the reader's language, quoting the values
 * received: `openingStatus：想定外の値 → 状態不明として表示（受信した値：「preparing」）`.
 */
import { decodeNote, type NoteOutcome } from '../api/entities/notes';
import type { TFunction } from '../i18n';

export function quoteValues(values: readonly string[], t: TFunction): string {
  return values.map((value) => t('note.quote', { value })).join(', ');
}

/**
 * `key` is a skip reason or warning as a feed report counts it; `values` the values received
 * for it. `outcomeIfNone`: what an older parser's reason without trailing words meant.
 */
export function noteText(
  key: string,
  values: readonly string[] | undefined,
  t: TFunction,
  outcomeIfNone: NoteOutcome,
): string {
  const n = decodeNote(key, outcomeIfNone);
  if (!n) return t('note.unreadable');
  const head = n.field ? t('note.field', { field: n.field }) : '';
  const issue = t(`note.issue.${n.issue}`, { param: n.param ?? '' });
  const outcome = n.outcome === 'skipped' ? '' : t(`note.outcome.${n.outcome}`);
  const seen = [...(n.raw === undefined ? [] : [n.raw]), ...(values ?? [])];
  const quoted = seen.length ? t('note.values', { values: quoteValues(seen, t) }) : '';
  return `${head}${issue}${outcome}${quoted}`;
}
