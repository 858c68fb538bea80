/**
 * A broken field found by a plain check (plain-fields.ts): thrown by `fail`, caught by the
 * parser, which turns it into the entity's skip reason or a note on the field.
 */
export class Invalid {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
  get reason(): string {
    return `${this.field}: ${this.message}`;
  }
}

export function fail(field: string, message: string): never {
  throw new Invalid(field, message);
}

/** A thrown `Invalid` as the entity's skip reason; anything else is a bug and goes on up. */
export function skipped(error: unknown): { ok: false; reason: string } {
  if (error instanceof Invalid) return { ok: false, reason: error.reason };
  throw error;
}
