import * as z from '../domain/zod';
import { PRESET_IDS } from '../domain/presets';
import { normalizeMunicipalityCode } from '../domain/municipalities';
import { parseDurationMs } from './duration';

/** Scenarios the in-browser mock (and the HTTP mock server) can replay. */
export const MOCK_SCENARIOS = ['baseline', 'typhoon', 'typhoon-vacan'] as const;

const seconds = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

const httpUrl = z.string().check(
  z.refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'an absolute http(s) URL' },
  ),
);

/** "." or "" means the page's own origin; anything else must be an absolute http(s) URL. */
const apiBaseUrl = z.union([z.literal(''), z.literal('.'), httpUrl], {
  error: 'an absolute http(s) URL, or "." for the page\'s own origin',
});

const headerName = z.string().check(
  z.regex(/^[A-Za-z0-9-]+$/, {
    message: 'an HTTP header name such as Authorization or X-Api-Key',
  }),
);

const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

export const occupancyBandsSchema = z
  .strictObject({
    somewhatCrowded: between(0, 100),
    crowded: between(0, 100),
    full: between(0, 200),
  })
  .check(
    z.refine((b) => b.somewhatCrowded < b.crowded && b.crowded < b.full, {
      message: 'thresholds in increasing order: somewhatCrowded < crowded < full (percent)',
    }),
  );

/** A catalogue's base: an absolute http(s) URL, or a path on the page's own origin (`./ckan`, `/ckan`, `.`). */
const catalogBaseUrl = z.union(
  [httpUrl, z.string().check(z.regex(/^(\.|\.?\/[A-Za-z0-9._~/-]*)$/))],
  {
    error: 'an absolute http(s) URL, or a path on the page\'s own origin such as "./ckan"',
  },
);

const ORGANIZATION_HINT = 'a CKAN organization name (lower-case letters, digits, - or _)';
const organizationName = z
  .string({ error: ORGANIZATION_HINT })
  .check(z.regex(/^[a-z0-9_-]{2,100}$/, { message: ORGANIZATION_HINT }));

/**
 * The open-data catalogue (CKAN Action API, contract §8): where it is, and which organization
 * is which municipality (5- or 6-digit code → organization name; normalised to 5 digits). The
 * names are whatever the catalogue uses: never derived.
 */
const organizations = z.pipe(
  z.record(z.string(), organizationName).check(
    z.superRefine((orgs, ctx) => {
      const seen = new Map<string, string>();
      for (const [key, name] of Object.entries(orgs)) {
        const code = normalizeMunicipalityCode(key);
        if (code === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'a key that is one of the 21 municipality codes (e.g. "42201")',
          });
        else if (seen.has(code))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `one entry per municipality (${code} is also given as "${seen.get(code)}")`,
          });
        else seen.set(code, key);
        if (Object.values(orgs).filter((n) => n === name).length > 1)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `an organization that maps to one municipality only ("${name}" is given twice)`,
          });
      }
    }),
  ),
  z.transform((orgs) =>
    Object.fromEntries(
      Object.entries(orgs).map(([key, name]) => [normalizeMunicipalityCode(key) ?? key, name]),
    ),
  ),
);

const catalogSchema = z.strictObject({
  baseUrl: catalogBaseUrl,
  organizations,
  /** The prefecture's own organization: shown apart, added to the prefecture-wide total only. */
  prefectureOrganization: z.optional(organizationName),
});

export type CatalogConfig = z.output<typeof catalogSchema>;

const MINUTE_MS = 60_000;
const TEN_YEARS_MS = 3_660 * 24 * 60 * MINUTE_MS;

const CADENCE_HINT =
  'an ISO 8601 duration from PT1M to P3660D in weeks, days, hours, minutes or seconds (e.g. "P365D", "PT10M"; no years or months), or "event"';

/**
 * How often a type's records are expected to change, for the platform view's freshness verdict:
 * an ISO 8601 duration (`P365D`, `PT10M`), or `"event"` for types written only when something
 * happens (no verdict, age only). Parsed to milliseconds.
 */
const cadence = z.pipe(
  z.string({ error: CADENCE_HINT }),
  z.transform((text, ctx) => {
    if (text === 'event') return 'event' as const;
    const ms = parseDurationMs(text);
    if (ms !== undefined && ms >= MINUTE_MS && ms <= TEN_YEARS_MS) return ms;
    ctx.issues.push({ code: 'custom', message: CADENCE_HINT, input: text });
    return z.NEVER;
  }),
);

const typeName = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/, {
    message: 'an NGSI-LD type name such as EvacuationSite',
  }),
);

const oidc = z.strictObject({
  kind: z.literal('oidc'),
  issuer: httpUrl,
  clientId: z.string().check(
    z.regex(/^[\x21-\x7e]{1,200}$/, {
      message: 'the client id registered at the identity provider (no spaces)',
    }),
  ),
  scope: z._default(
    z.string().check(
      z.regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, {
        message: 'space-separated scopes such as "openid offline_access"',
      }),
      z.refine((s) => s.split(' ').includes('openid'), {
        message: 'scopes that include "openid"',
      }),
    ),
    'openid',
  ),
  /** RFC 8707 resource indicator: the API the access token is for, when the provider asks. */
  resource: z.optional(httpUrl),
});

const POLL_DEFAULTS = {
  masters: 21_600,
  shelters: 30,
  evacuationInformation: 60,
  lifelines: 120,
  tourism: 3_600,
  platform: 900,
};

const pollSeconds = z.strictObject({
  masters: z._default(seconds(60, 86_400), POLL_DEFAULTS.masters),
  shelters: z._default(seconds(1, 3_600), POLL_DEFAULTS.shelters),
  evacuationInformation: z._default(seconds(1, 3_600), POLL_DEFAULTS.evacuationInformation),
  /** Ferry and air services: operators update their status every few minutes. */
  lifelines: z._default(seconds(1, 3_600), POLL_DEFAULTS.lifelines),
  tourism: z._default(seconds(60, 86_400), POLL_DEFAULTS.tourism),
  /** The platform KPIs: one round is ~90 count queries, so not too often. */
  platform: z._default(seconds(60, 86_400), POLL_DEFAULTS.platform),
});

const STALE_HINT = 'a number of hours from 0.25 to 72';

const OPERATIONS_DEFAULTS = {
  islandSpareMarginPercent: 10,
  overCapacityPercent: 150,
  alertBannerMinutes: 30,
  staleReportHours: 3,
};

const operations = z.strictObject({
  /** Flag an island group whose spare capacity is under this share of its open capacity. */
  islandSpareMarginPercent: z._default(
    between(0, 100),
    OPERATIONS_DEFAULTS.islandSpareMarginPercent,
  ),
  /** Evacuees above this share of capacity are flagged as implausible. */
  overCapacityPercent: z._default(between(100, 1_000), OPERATIONS_DEFAULTS.overCapacityPercent),
  /** New level-5 and "full" alerts stay in the banner until acknowledged or this passes. */
  alertBannerMinutes: z._default(
    z.int().check(z.minimum(1), z.maximum(1_440)),
    OPERATIONS_DEFAULTS.alertBannerMinutes,
  ),
  /** An open shelter whose newest report is older than this is listed for a call. */
  staleReportHours: z._default(
    z
      .number({ error: STALE_HINT })
      .check(z.minimum(0.25, { message: STALE_HINT }), z.maximum(72, { message: STALE_HINT })),
    OPERATIONS_DEFAULTS.staleReportHours,
  ),
});

const kiosk = z.strictObject({
  /** Seconds per step of the wall display's cycle through camera presets and panels. */
  cycleSeconds: z._default(z.int().check(z.minimum(5), z.maximum(3_600)), 30),
  presets: z._default(z.array(z.enum(PRESET_IDS)).check(z.minLength(1)), () => [...PRESET_IDS]),
});

export const configSchema = z.pipe(
  z
    .strictObject({
      apiBaseUrl,
      /** `ngsi-ld` (default), or `ngsi-v2` for FIWARE Orion (contract §5). */
      dialect: z._default(z.enum(['ngsi-ld', 'ngsi-v2']), 'ngsi-ld'),
      /** Required for NGSI-LD; NGSI v2 has no @context. */
      contextUrl: z.optional(httpUrl),
      /** NGSI v2: `Fiware-ServicePath` (default `/#`, the whole tree below the tenant). */
      servicePath: z.optional(
        z.string().check(
          z.regex(/^\/[A-Za-z0-9_/#-]{0,200}$/, {
            message: 'a service path such as "/#" or "/nagasaki" (starting with /)',
          }),
        ),
      ),
      /** NGSI v2: the time-series service (QuantumLeap); default the API's own base URL. */
      temporalBaseUrl: z.optional(httpUrl),
      tenant: z.optional(
        z.string().check(
          z.regex(/^[A-Za-z0-9_-]{1,64}$/, {
            message: 'a tenant name of letters, digits, - or _',
          }),
        ),
      ),
      authHeader: z.optional(
        z.strictObject({ name: headerName, value: z.string().check(z.minLength(1)) }),
      ),
      /**
       * Sign-in to a gated platform: OpenID Connect authorization code with PKCE, as a public
       * client (no secret in the build). Tokens are kept in memory only.
       */
      auth: z.optional(z.discriminatedUnion('kind', [oidc])),
      requestTimeoutSeconds: z._default(seconds(1, 300), 20),
      pollSeconds: z._default(pollSeconds, () => ({ ...POLL_DEFAULTS })),
      occupancyBands: z._default(occupancyBandsSchema, () => ({
        somewhatCrowded: 30,
        crowded: 60,
        full: 80,
      })),
      basemap: z._default(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('offline') }),
          z.strictObject({ kind: z.literal('style'), styleUrl: httpUrl }),
        ]),
        () => ({ kind: 'offline' as const }),
      ),
      mode: z.enum(['live', 'mock']),
      scenario: z._default(z.enum(MOCK_SCENARIOS), 'baseline'),
      /** Drill scenarios: storm minutes that pass per real minute (1 = real time). */
      drillSpeed: z._default(between(1, 3_600), 60),
      operations: z._default(operations, () => ({ ...OPERATIONS_DEFAULTS })),
      kiosk: z._default(kiosk, () => ({ cycleSeconds: 30, presets: [...PRESET_IDS] })),
      /** Platform view: expected update interval per type, over the built-in defaults. */
      platformCadence: z.optional(z.record(typeName, cadence)),
      /** Platform view: the open-data catalogue (CKAN), for the open-data KPIs. */
      catalog: z.optional(catalogSchema),
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.auth !== undefined && c.authHeader?.name.toLowerCase() === 'authorization')
          ctx.addIssue({
            code: 'custom',
            path: ['authHeader', 'name'],
            message:
              'a header other than Authorization: with "auth" the sign-in token is sent there',
          });
        if (c.dialect === 'ngsi-ld' && c.contextUrl === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['contextUrl'],
            message: 'an absolute http(s) URL (the JSON-LD @context; required for NGSI-LD)',
          });
      }),
    ),
  z.transform((c) => ({ ...c, contextUrl: c.contextUrl ?? '' })),
);

export type AppConfig = z.output<typeof configSchema>;
export type OccupancyBands = z.output<typeof occupancyBandsSchema>;

/** A drill replays a scenario on mock data; the UI must say so plainly. */
export const isDrill = (config: AppConfig): boolean =>
  config.mode === 'mock' && config.scenario !== 'baseline';
