import type { ReactNode } from 'react';
import { formatJst, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { quoteValues } from '../../../ui/note-text';
import type { DuplicateChoice, SetAsideReport } from '../model/join';
import { noteClassOf, type OpsNote } from '../model/notes';
import { shelterLabel } from './names';
import { municipalityName } from '../../../i18n/municipality-name';

function setAsideText(r: SetAsideReport, lang: Lang, t: TFunction): string {
  const why =
    r.reason === 'valid'
      ? t('ops.note.why.valid', { fields: (r.invalidFields ?? []).join(', ') })
      : t(`ops.note.why.${r.reason}`);
  const time = r.observedAt === undefined ? t('ops.note.noTime') : formatJst(lang, r.observedAt);
  return t('ops.note.duplicate.setAside', { id: r.id, time, why });
}

function Choice({ c, lang, t }: { c: DuplicateChoice; lang: Lang; t: TFunction }) {
  const time =
    c.kept.observedAt === undefined ? t('ops.note.noTime') : formatJst(lang, c.kept.observedAt);
  const shelter = `${shelterLabel(c.name, c.key, t)} (${municipalityName(c.municipalityCode, lang)})`;
  return (
    <li data-key={c.key} data-kept={c.kept.id}>
      {t('ops.note.duplicate.kept', { shelter, kept: c.kept.id, time })}
      <ul>
        {c.setAside.map((r) => (
          <li key={r.id} data-set-aside={r.id} data-reason={r.reason}>
            {setAsideText(r, lang, t)}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A count that opens onto the list behind it (on the wall, where nobody opens it: the count). */
function Listed(props: {
  summary: string;
  className: string;
  interactive: boolean;
  children: ReactNode;
}) {
  if (!props.interactive) return props.summary;
  return (
    <details>
      <summary>{props.summary}</summary>
      <ul className={props.className}>{props.children}</ul>
    </details>
  );
}

function noteBody(note: OpsNote, interactive: boolean, lang: Lang, t: TFunction) {
  const n = formatNumber(lang, note.n);
  switch (note.kind) {
    case 'unmatched':
      return (
        <Listed
          summary={t('ops.note.unmatched', { n })}
          className="unmatched-list"
          interactive={interactive}
        >
          {note.shelters.map((s) => (
            <li key={`${s.municipalityCode}:${s.id}`}>
              {municipalityName(s.municipalityCode, lang)} {s.id}
            </li>
          ))}
        </Listed>
      );
    case 'duplicates':
      return (
        <Listed
          summary={t('ops.note.duplicates', { n })}
          className="duplicate-list"
          interactive={interactive}
        >
          {note.choices.map((c) => (
            <Choice key={c.key} c={c} lang={lang} t={t} />
          ))}
        </Listed>
      );
    case 'invalidReports':
      return t('ops.note.invalidReports', { n, fields: note.fields.join(', ') });
    case 'unknownStatus': {
      const quoted = quoteValues(note.values, t);
      const missing = note.missing ? t('ops.note.unknownStatus.missing') : '';
      return t('ops.note.unknownStatus', {
        n,
        values: [quoted, missing].filter(Boolean).join(', '),
      });
    }
    default:
      return t(`ops.note.${note.kind}`, { n });
  }
}

/** The totals' notes, each styled by the one severity rule (information or alarm). */
export function OpsNotes({
  notes,
  interactive = true,
  lang,
  t,
}: {
  notes: readonly OpsNote[];
  interactive?: boolean;
  lang: Lang;
  t: TFunction;
}) {
  if (notes.length === 0) return null;
  return (
    <ul className="notes ops-notes" data-testid="ops-notes">
      {notes.map((note) => (
        <li key={note.kind} className={noteClassOf(note)} data-testid={`note-${note.kind}`}>
          {noteBody(note, interactive, lang, t)}
        </li>
      ))}
    </ul>
  );
}
