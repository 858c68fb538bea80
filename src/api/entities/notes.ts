/**
 * What validation says about one field, as data: which field, what was wrong, what was done
 * about it, and the value as received. The UI words it in each language (src/ui/note-text.ts);
 * nothing here is shown as is.
 *
 * The live parsers emit notes directly (`encodeNote`). Older parsers still give stable English
 * reasons such as `location: latitude and longitude swapped`; `decodeNote` reads those too, so
 * every reason a report can hold turns into a note (a unit test runs each parser's reasons
 * through it).
 */

export const NOTE_ISSUES = [
  'missing',
  'negative',
  'notInteger',
  'notNumber',
  'notString',
  'notArray',
  'notBoolean',
  'notObject',
  'unknownValue',
  'notDateTime',
  'notDate',
  'notHour',
  'notCountry',
  'notPrefecture',
  'notSharedId',
  'notMunicipality',
  'unknownCode',
  'outsidePrefecture',
  'swapped',
  'empty',
  'tooLong',
  'outOfRange',
  'periodReversed',
  'notLevel',
  'disagreesWithId',
  'noIdentity',
  'notEntity',
  'wrongEntityType',
  'invalid',
] as const;
export type NoteIssue = (typeof NOTE_ISSUES)[number];

/** What the parser did: left the entity out, or kept it and did this to the field. */
export const NOTE_OUTCOMES = [
  'skipped',
  'ignored',
  'shownAsUnknown',
  'takenFromId',
  'standardWording',
] as const;
export type NoteOutcome = (typeof NOTE_OUTCOMES)[number];

export interface FeedNote {
  /** The attribute (`evacueeTotal`, `location`…); empty for the entity as a whole. */
  field: string;
  issue: NoteIssue;
  outcome: NoteOutcome;
  /** The value as received, as short text (control characters removed, 40 characters). */
  raw?: string;
  /** A detail the wording needs: the expected entity type, the length limit. */
  param?: string;
}

const MARK = 'note:';
const RAW_MAX = 40;

/** Any received value as short, printable text. */
export function rawText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value) ?? String(value);
  return text.replace(/\p{Cc}/gu, ' ').slice(0, RAW_MAX);
}

export function note(
  field: string,
  issue: NoteIssue,
  outcome: NoteOutcome,
  extra: { raw?: unknown; param?: string } = {},
): FeedNote {
  return {
    field,
    issue,
    outcome,
    ...(extra.raw !== undefined && { raw: rawText(extra.raw) }),
    ...(extra.param !== undefined && { param: extra.param }),
  };
}

/** A note as the string a parser's warning or skip reason is (`EntityParse` carries strings). */
export function encodeNote(n: FeedNote): string {
  return MARK + JSON.stringify([n.field, n.issue, n.outcome, n.raw ?? null, n.param ?? null]);
}

export const isEncodedNote = (text: string): boolean => text.startsWith(MARK);

const isIssue = (v: unknown): v is NoteIssue => NOTE_ISSUES.some((i) => i === v);
const isOutcome = (v: unknown): v is NoteOutcome => NOTE_OUTCOMES.some((o) => o === v);

function decodeEncoded(text: string): FeedNote | undefined {
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice(MARK.length));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 5) return undefined;
  const [field, issue, outcome, raw, param] = parts as unknown[];
  if (typeof field !== 'string' || !isIssue(issue) || !isOutcome(outcome)) return undefined;
  return {
    field,
    issue,
    outcome,
    ...(typeof raw === 'string' && { raw }),
    ...(typeof param === 'string' && { param }),
  };
}

/** Message (after `field: `) → issue, with the part that is the received value or a detail. */
const MESSAGES: ReadonlyArray<[RegExp, NoteIssue, 'raw' | 'param' | null]> = [
  [/^missing$/, 'missing', null],
  [/^negative$/, 'negative', null],
  [/^not an integer$/, 'notInteger', null],
  [/^not (?:a|a finite) number$/, 'notNumber', null],
  [/^(?:Invalid input: )?expected number.*$/, 'notNumber', null],
  [/^not a string$|^(?:Invalid input: )?expected string.*$/, 'notString', null],
  [/^not an array$|^(?:Invalid input: )?expected array.*$/, 'notArray', null],
  [/^not a boolean$|^(?:Invalid input: )?expected boolean.*$/, 'notBoolean', null],
  [/^not an object$|^(?:Invalid input: )?expected (?:object|record).*$/, 'notObject', null],
  [/^not a congestion level$|^not active, closed or archived$/, 'unknownValue', null],
  [/^Invalid option: .*$/, 'unknownValue', null],
  [/^not a known value$/, 'unknownValue', null],
  [/^unknown value ignored \((.*)\)$/, 'unknownValue', 'raw'],
  [/^not a DateTime with a time zone$/, 'notDateTime', null],
  [/^not a YYYY-MM-DD date$|^not a calendar date$/, 'notDate', null],
  [/^not an hour$/, 'notHour', null],
  [/^not an ISO 3166-1 alpha-2 code$/, 'notCountry', null],
  [/^not a prefecture code$/, 'notPrefecture', null],
  [/^not (?:a|an emergency-site|a shelter) 共通ID$/, 'notSharedId', null],
  [/^not a Nagasaki municipality code$/, 'notMunicipality', null],
  [/^unknown code (.*)$/, 'unknownCode', 'raw'],
  [/^outside Nagasaki Prefecture$/, 'outsidePrefecture', null],
  [/^latitude and longitude swapped$/, 'swapped', null],
  [/^empty$/, 'empty', null],
  [/^longer than (\d+) characters$/, 'tooLong', 'param'],
  [/^Too (?:big|small).*$/, 'outOfRange', null],
  [/^period ends before it starts$/, 'periodReversed', null],
  [/^not 3, 4 or 5$/, 'notLevel', null],
  [/^"(.*)" disagrees with 共通ID$/, 'disagreesWithId', 'raw'],
  [/^needs nationalShelterId, or externalShelterId and localGovernmentCode$/, 'noIdentity', null],
  [/^expected (.+)$/, 'wrongEntityType', 'param'],
  // zod's own wording for a value none of a union's forms accepts.
  [/^Invalid input$/, 'invalid', null],
];

/** Trailing words of a kept entity's warning → what was done. */
const OUTCOMES: ReadonlyArray<[RegExp, NoteOutcome]> = [
  [/,? ignored$/, 'ignored'],
  [/,? shown as unknown$/, 'shownAsUnknown'],
  [/, (?:taken from|共通ID used)(?: 共通ID)?$/, 'takenFromId'],
  [/, standard wording used$/, 'standardWording'],
];

const WHOLE: ReadonlyArray<[RegExp, NoteIssue, string]> = [
  [/^(?:entity is not a JSON object|not an entity)$/, 'notEntity', ''],
  [/^missing or invalid id$/, 'invalid', 'id'],
  [/^missing or invalid type$/, 'invalid', 'type'],
];

/** A reason written as English text by a parser that predates notes. */
function decodeText(text: string, outcomeIfNone: NoteOutcome): FeedNote | undefined {
  for (const [re, issue, field] of WHOLE) if (re.test(text)) return note(field, issue, 'skipped');
  const m = /^([\w.@]+): (.+)$/su.exec(text);
  if (!m) return undefined;
  const field = m[1]!;
  let message = m[2]!;
  let outcome = outcomeIfNone;
  for (const [re, o] of OUTCOMES) {
    if (!re.test(message)) continue;
    message = message.replace(re, '');
    outcome = o;
    break;
  }
  const status = /^"(.*)"$/su.exec(message);
  if (status) return note(field, 'unknownValue', outcome, { raw: status[1] });
  for (const [re, issue, part] of MESSAGES) {
    const hit = re.exec(message);
    if (!hit) continue;
    const value = hit[1];
    return note(field, issue, outcome, {
      ...(part === 'raw' && value !== undefined && { raw: value }),
      ...(part === 'param' && value !== undefined && { param: value }),
    });
  }
  return undefined;
}

/**
 * The note behind a warning or skip reason. `outcomeIfNone` is what an English reason without
 * trailing words meant (a skip reason: `skipped`). Undefined only for text no parser writes.
 */
export function decodeNote(
  text: string,
  outcomeIfNone: NoteOutcome = 'skipped',
): FeedNote | undefined {
  return isEncodedNote(text) ? decodeEncoded(text) : decodeText(text, outcomeIfNone);
}

/** The message part alone (`longer than 100 characters`) → issue: for zod issues. */
export function issueOfMessage(message: string): { issue: NoteIssue; value?: string } {
  for (const [re, issue, part] of MESSAGES) {
    const hit = re.exec(message);
    if (hit) return { issue, ...(part !== null && hit[1] !== undefined && { value: hit[1] }) };
  }
  return { issue: 'invalid' };
}
