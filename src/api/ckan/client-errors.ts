/**
 * Why a catalogue request failed, in terms the platform view can word: the catalogue could not be
 * reached (network, address or CORS: a browser cannot tell them apart), it timed out, it answered
 * an HTTP error, it said `success: false`, or its answer was not the Action API's.
 */
export type CatalogErrorKind = 'unreachable' | 'timeout' | 'http' | 'failure' | 'invalid';

export class CatalogError extends Error {
  readonly kind: CatalogErrorKind;
  readonly url: string;
  readonly status?: number;
  /** CKAN's `error.__type` (e.g. `Search Query Error`). */
  readonly ckanType?: string;

  constructor(
    kind: CatalogErrorKind,
    url: string,
    message: string,
    extra: { status?: number; ckanType?: string } = {},
  ) {
    super(message);
    this.name = 'CatalogError';
    this.kind = kind;
    this.url = url;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.ckanType !== undefined) this.ckanType = extra.ckanType;
  }
}

export const isCatalogError = (e: unknown): e is CatalogError => e instanceof CatalogError;
