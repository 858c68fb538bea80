/**
 * The part of Solr's query syntax the mock catalogue understands in `fq` (and in a `q` that
 * names fields): a conjunction of `field:value`, `field:"quoted value"`, `field:(a OR "b" …)`
 * and, on the date fields, `field:[from TO to]` (`{`/`}` for exclusive bounds, `*` open).
 * Clauses are joined by `AND`, or by whitespace (CKAN's Solr runs with q.op=AND), each
 * optionally prefixed with `+`. Anything else (OR between clauses, NOT, `-`, date math, a
 * field it does not know) is a Search Query Error, as Solr's 400 becomes in CKAN.
 */

/** The multi-valued string fields (exact, case-sensitive match, as Solr string fields). */
export const TERM_FIELDS = [
  'organization',
  'res_format',
  'groups',
  'name',
  'id',
  'owner_org',
  'license_id',
  'dataset_type',
  'state',
  'capacity',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

export const DATE_FIELDS = ['metadata_created', 'metadata_modified'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export type FqClause =
  | {
      readonly kind: 'terms';
      readonly field: TermField;
      /** Any of these; `*` alone matches any value. */
      readonly values: readonly string[];
    }
  | {
      readonly kind: 'range';
      readonly field: DateField;
      /** Epoch ms; undefined = open (`*`). */
      readonly from: number | undefined;
      readonly to: number | undefined;
      readonly includeFrom: boolean;
      readonly includeTo: boolean;
    };

/** A query Solr would refuse; CKAN answers it with 409 "Search Query Error". */
export class CatalogQueryError extends Error {
  override readonly name = 'CatalogQueryError';
}

const isTermField = (f: string): f is TermField => (TERM_FIELDS as readonly string[]).includes(f);
const isDateField = (f: string): f is DateField => (DATE_FIELDS as readonly string[]).includes(f);

/** Characters that end a bare term. */
const STOP = new Set([' ', '\t', '\n', '\r', '(', ')', '[', ']', '{', '}', '"']);
const SOLR_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** A Solr date (`2026-04-01T00:00:00Z`, optional fraction) as epoch ms, or undefined. */
export function parseSolrDate(text: string): number | undefined {
  const m = SOLR_DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(
    `${m.slice(1, 4).join('-')}T${m.slice(4, 7).join(':')}${(m[7] ?? '').slice(0, 4)}Z`,
  );
  return Number.isNaN(ms) ? undefined : ms;
}

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  skipSpace(): boolean {
    const start = this.pos;
    while (!this.done && /\s/.test(this.peek())) this.pos++;
    return this.pos > start;
  }
  /** Consumes `word` when it stands alone (followed by whitespace, `(` or the end). */
  keyword(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    const after = this.text[this.pos + word.length];
    if (after !== undefined && !/[\s(]/.test(after)) return false;
    this.pos += word.length;
    return true;
  }
  fail(what: string): never {
    throw new CatalogQueryError(
      `Solr returned an error: (400) org.apache.solr.search.SyntaxError: Cannot parse '${this.text}': ${what} at column ${this.pos}`,
    );
  }
  expect(char: string): void {
    if (this.peek() !== char) this.fail(`expected "${char}"`);
    this.pos++;
  }
  quoted(): string {
    this.expect('"');
    let out = '';
    while (!this.done && this.peek() !== '"') {
      if (this.peek() === '\\') this.pos++;
      if (this.done) break;
      out += this.peek();
      this.pos++;
    }
    this.expect('"');
    return out;
  }
  bare(): string {
    let out = '';
    while (!this.done && !STOP.has(this.peek())) {
      if (this.peek() === '\\') {
        this.pos++;
        if (this.done) this.fail('dangling escape');
      }
      out += this.peek();
      this.pos++;
    }
    if (out === '') this.fail('expected a value');
    return out;
  }
  value(): string {
    return this.peek() === '"' ? this.quoted() : this.bare();
  }
  fieldName(): string {
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected a field name');
    this.pos += m[0].length;
    return m[0];
  }
}

function undefinedField(field: string): never {
  throw new CatalogQueryError(`Solr returned an error: (400) undefined field ${field}`);
}

function list(s: Scanner): string[] {
  s.expect('(');
  s.skipSpace();
  const values = [s.value()];
  for (;;) {
    s.skipSpace();
    if (s.peek() === ')' || s.done) break;
    if (!s.keyword('OR')) s.fail('values in a list must be joined by OR');
    s.skipSpace();
    values.push(s.value());
  }
  s.expect(')');
  return values;
}

function bound(s: Scanner, field: string): number | undefined {
  if (s.peek() === '*') {
    s.pos++;
    return undefined;
  }
  const raw = s.peek() === '"' ? s.quoted() : s.bare();
  const ms = parseSolrDate(raw);
  if (ms === undefined)
    throw new CatalogQueryError(
      `Solr returned an error: (400) Invalid Date String:'${raw}' (field ${field}; this mock takes only YYYY-MM-DDThh:mm:ssZ or *)`,
    );
  return ms;
}

function range(s: Scanner, field: DateField): FqClause {
  const open = s.peek();
  s.pos++;
  s.skipSpace();
  const from = bound(s, field);
  if (!s.skipSpace() || !s.keyword('TO') || !s.skipSpace()) s.fail('expected " TO "');
  const to = bound(s, field);
  s.skipSpace();
  const close = s.peek();
  if (close !== ']' && close !== '}') s.fail('expected "]" or "}"');
  s.pos++;
  return { kind: 'range', field, from, to, includeFrom: open === '[', includeTo: close === ']' };
}

function clause(s: Scanner): FqClause {
  if (s.peek() === '-' || s.peek() === '!' || s.keyword('NOT'))
    s.fail('negation is not supported by this mock');
  const field = s.fieldName();
  s.expect(':');
  const next = s.peek();
  if (next === '[' || next === '{') {
    if (!isDateField(field)) {
      if (isTermField(field)) s.fail(`ranges are only served on dates, not on ${field}`);
      undefinedField(field);
    }
    return range(s, field);
  }
  const values = next === '(' ? list(s) : [s.value()];
  if (isTermField(field)) return { kind: 'terms', field, values };
  if (isDateField(field)) s.fail(`a date field takes a range [from TO to]`);
  undefinedField(field);
}

/** Parses an `fq`; an empty one is no filter. Throws CatalogQueryError. */
export function parseFq(fq: string): FqClause[] {
  const s = new Scanner(fq);
  const clauses: FqClause[] = [];
  s.skipSpace();
  while (!s.done) {
    if (clauses.length > 0) {
      if (s.keyword('AND')) {
        if (!s.skipSpace()) s.fail('expected a clause after AND');
      } else if (s.keyword('OR') || s.keyword('||'))
        s.fail('OR between clauses is not supported by this mock (use field:(a OR b))');
    }
    if (s.peek() === '+') s.pos++;
    clauses.push(clause(s));
    const spaced = s.skipSpace();
    if (!s.done && !spaced) s.fail('expected whitespace or AND after a clause');
  }
  return clauses;
}
