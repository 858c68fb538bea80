import { z } from 'zod';
import { PRESET_IDS } from '../domain/presets';
import { normalizeMunicipalityCode } from '../domain/municipalities';
import { parseDurationMs } from './duration';

/** Scenarios the in-browser mock (and the HTTP mock server) can replay. */
export const MOCK_SCENARIOS = ['baseline', 'typhoon', 'typhoon-vacan'] as const;

const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'an absolute http(s) URL' },
);

/** "." or "" means the page's own origin; anything else must be an absolute http(s) URL. */
const apiBaseUrl = z.union([z.literal(''), z.literal('.'), httpUrl], {
  error: 'an absolute http(s) URL, or "." for the page\'s own origin',
});

const headerName = z
  .string()
  .regex(/^[A-Za-z0-9-]+$/, { message: 'an HTTP header name such as Authorization or X-Api-Key' });

export const occupancyBandsSchema = z
  .object({
    somewhatCrowded: z.number().min(0).max(100),
    crowded: z.number().min(0).max(100),
    full: z.number().min(0).max(200),
  })
  .strict()
  .refine((b) => b.somewhatCrowded < b.crowded && b.crowded < b.full, {
    message: 'thresholds in increasing order: somewhatCrowded < crowded < full (percent)',
  });

/** A catalogue's base: an absolute http(s) URL, or a path on the page's own origin (`./ckan`, `/ckan`, `.`). */
const catalogBaseUrl = z.union([httpUrl, z.string().regex(/^(\.|\.?\/[A-Za-z0-9._~/-]*)$/)], {
  error: 'an absolute http(s) URL, or a path on the page\'s own origin such as "./ckan"',
});

const ORGANIZATION_HINT = 'a CKAN organization name (lower-case letters, digits, - or _)';
const organizationName = z
  .string({ error: ORGANIZATION_HINT })
  .regex(/^[a-z0-9_-]{2,100}$/, { message: ORGANIZATION_HINT });

/**
 * The open-data catalogue (CKAN Action API, contract §8): where it is, and which organization
 * is which municipality (5- or 6-digit code → organization name; normalised to 5 digits). The
 * names are whatever the catalogue uses: never derived.
 */
const catalogSchema = z
  .object({
    baseUrl: catalogBaseUrl,
    organizations: z
      .record(z.string(), organizationName)
      .superRefine((orgs, ctx) => {
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
      })
      .transform((orgs) =>
        Object.fromEntries(
          Object.entries(orgs).map(([key, name]) => [normalizeMunicipalityCode(key) ?? key, name]),
        ),
      ),
    /** The prefecture's own organization: shown apart, added to the prefecture-wide total only. */
    prefectureOrganization: organizationName.optional(),
  })
  .strict();

export type CatalogConfig = z.infer<typeof catalogSchema>;

const MINUTE_MS = 60_000;
const TEN_YEARS_MS = 3_660 * 24 * 60 * MINUTE_MS;

const CADENCE_HINT =
  'an ISO 8601 duration from PT1M to P3660D in weeks, days, hours, minutes or seconds (e.g. "P365D", "PT10M"; no years or months), or "event"';

/**
 * How often a type's records are expected to change, for the platform view's freshness verdict:
 * an ISO 8601 duration (`P365D`, `PT10M`), or `"event"` for types written only when something
 * happens (no verdict, age only). Parsed to milliseconds.
 */
const cadence = z.string({ error: CADENCE_HINT }).transform((text, ctx) => {
  if (text === 'event') return 'event' as const;
  const ms = parseDurationMs(text);
  if (ms !== undefined && ms >= MINUTE_MS && ms <= TEN_YEARS_MS) return ms;
  ctx.addIssue({ code: 'custom', message: CADENCE_HINT });
  return z.NEVER;
});

const typeName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/, {
  message: 'an NGSI-LD type name such as EvacuationSite',
});

export const configSchema = z
  .object({
    apiBaseUrl,
    /** `ngsi-ld` (default), or `ngsi-v2` for FIWARE Orion (contract §5). */
    dialect: z.enum(['ngsi-ld', 'ngsi-v2']).default('ngsi-ld'),
    /** Required for NGSI-LD; NGSI v2 has no @context. */
    contextUrl: httpUrl.optional(),
    /** NGSI v2: `Fiware-ServicePath` (default `/#`, the whole tree below the tenant). */
    servicePath: z
      .string()
      .regex(/^\/[A-Za-z0-9_/#-]{0,200}$/, {
        message: 'a service path such as "/#" or "/nagasaki" (starting with /)',
      })
      .optional(),
    /** NGSI v2: the time-series service (QuantumLeap); default the API's own base URL. */
    temporalBaseUrl: httpUrl.optional(),
    tenant: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'a tenant name of letters, digits, - or _' })
      .optional(),
    authHeader: z
      .object({ name: headerName, value: z.string().min(1) })
      .strict()
      .optional(),
    /**
     * Sign-in to a gated platform: OpenID Connect authorization code with PKCE, as a public
     * client (no secret in the build). Tokens are kept in memory only.
     */
    auth: z
      .discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('oidc'),
            issuer: httpUrl,
            clientId: z.string().regex(/^[\x21-\x7e]{1,200}$/, {
              message: 'the client id registered at the identity provider (no spaces)',
            }),
            scope: z
              .string()
              .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, {
                message: 'space-separated scopes such as "openid offline_access"',
              })
              .refine((s) => s.split(' ').includes('openid'), {
                message: 'scopes that include "openid"',
              })
              .default('openid'),
            /** RFC 8707 resource indicator: the API the access token is for, when the provider asks. */
            resource: httpUrl.optional(),
          })
          .strict(),
      ])
      .optional(),
    requestTimeoutSeconds: seconds(1, 300).default(20),
    pollSeconds: z
      .object({
        masters: seconds(60, 86_400).default(21_600),
        shelters: seconds(1, 3_600).default(30),
        evacuationInformation: seconds(1, 3_600).default(60),
        /** Ferry and air services: operators update their status every few minutes. */
        lifelines: seconds(1, 3_600).default(120),
        tourism: seconds(60, 86_400).default(3_600),
        /** The platform KPIs: one round is ~90 count queries, so not too often. */
        platform: seconds(60, 86_400).default(900),
      })
      .strict()
      .default({
        masters: 21_600,
        shelters: 30,
        evacuationInformation: 60,
        lifelines: 120,
        tourism: 3_600,
        platform: 900,
      }),
    occupancyBands: occupancyBandsSchema.default({ somewhatCrowded: 30, crowded: 60, full: 80 }),
    basemap: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('offline') }).strict(),
        z.object({ kind: z.literal('style'), styleUrl: httpUrl }).strict(),
      ])
      .default({ kind: 'offline' }),
    mode: z.enum(['live', 'mock']),
    scenario: z.enum(MOCK_SCENARIOS).default('baseline'),
    /** Drill scenarios: storm minutes that pass per real minute (1 = real time). */
    drillSpeed: z.number().min(1).max(3_600).default(60),
    operations: z
      .object({
        /** Flag an island group whose spare capacity is under this share of its open capacity. */
        islandSpareMarginPercent: z.number().min(0).max(100).default(10),
        /** Evacuees above this share of capacity are flagged as implausible. */
        overCapacityPercent: z.number().min(100).max(1_000).default(150),
        /** New level-5 and "full" alerts stay in the banner until acknowledged or this passes. */
        alertBannerMinutes: z.number().int().min(1).max(1_440).default(30),
        /** An open shelter whose newest report is older than this is listed for a call. */
        staleReportHours: z
          .number({ error: 'a number of hours from 0.25 to 72' })
          .min(0.25, { message: 'a number of hours from 0.25 to 72' })
          .max(72, { message: 'a number of hours from 0.25 to 72' })
          .default(3),
      })
      .strict()
      .default({
        islandSpareMarginPercent: 10,
        overCapacityPercent: 150,
        alertBannerMinutes: 30,
        staleReportHours: 3,
      }),
    kiosk: z
      .object({
        /** Seconds per step of the wall display's cycle through camera presets and panels. */
        cycleSeconds: z.number().int().min(5).max(3_600).default(30),
        presets: z
          .array(z.enum(PRESET_IDS))
          .min(1)
          .default([...PRESET_IDS]),
      })
      .strict()
      .default({ cycleSeconds: 30, presets: [...PRESET_IDS] }),
    /** Platform view: expected update interval per type, over the built-in defaults. */
    platformCadence: z.record(typeName, cadence).optional(),
    /** Platform view: the open-data catalogue (CKAN), for the open-data KPIs. */
    catalog: catalogSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.auth !== undefined && c.authHeader?.name.toLowerCase() === 'authorization')
      ctx.addIssue({
        code: 'custom',
        path: ['authHeader', 'name'],
        message: 'a header other than Authorization: with "auth" the sign-in token is sent there',
      });
    if (c.dialect === 'ngsi-ld' && c.contextUrl === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['contextUrl'],
        message: 'an absolute http(s) URL (the JSON-LD @context; required for NGSI-LD)',
      });
  })
  .transform((c) => ({ ...c, contextUrl: c.contextUrl ?? '' }));

export type AppConfig = z.infer<typeof configSchema>;
export type OccupancyBands = z.infer<typeof occupancyBandsSchema>;

/** A drill replays a scenario on mock data; the UI must say so plainly. */
export const isDrill = (config: AppConfig): boolean =>
  config.mode === 'mock' && config.scenario !== 'baseline';
