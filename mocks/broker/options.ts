import { DEFAULT_CONTEXT_URL } from './constants';

/**
 * Knobs that make the mock behave like the different brokers and gateways in the wild, so the
 * client's defences can be tested. All can be changed at runtime with `broker.configure()`.
 */
export interface BrokerOptions {
  /** The only @context URL the broker "understands"; requests without it see no entities. */
  contextUrl: string;
  /** Largest page a query may ask for. */
  maxLimit: number;
  /** What an over-large `limit` gets: 400 BadRequestData, 403 TooManyResults, or a silent cap. */
  overLimit: 'badRequest' | 'tooManyResults' | 'cap';
  /** Behave like brokers that ignore `limit`/`offset` and return every match on every page. */
  ignorePaging: boolean;
  /** Never send NGSILD-Results-Count, even for `count=true` (a gateway that strips it). */
  omitCountHeader: boolean;
  /** Send `Link: <…>; rel="next"` when more results follow. */
  nextLink: boolean;
  /** Answer 501 for /temporal, like brokers without a temporal API. */
  disableTemporal: boolean;
}

export const DEFAULT_BROKER_OPTIONS: Readonly<BrokerOptions> = {
  contextUrl: DEFAULT_CONTEXT_URL,
  maxLimit: 1000,
  overLimit: 'badRequest',
  ignorePaging: false,
  omitCountHeader: false,
  nextLink: false,
  disableTemporal: false,
};
