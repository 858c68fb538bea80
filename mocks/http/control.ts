import { z } from 'zod';
import {
  FAULTS,
  isNgsiEntity,
  problemDetails,
  type Broker,
  type BrokerOptions,
  type FaultPreset,
  type FaultSpec,
  type NgsiEntity,
} from '../broker';
import { applyScenarioPatch, scenarioPatchSchema, type ScenarioDriver } from '../scenarios';

/** Prefix of the test-control endpoints; never under /ngsi-ld, so no client can hit them by accident. */
export const CONTROL_PREFIX = '/__mock/';

const presetSchema = z.custom<FaultPreset>(
  (v) => typeof v === 'string' && Object.hasOwn(FAULTS, v),
  {
    message: `preset must be one of ${Object.keys(FAULTS).join(', ')}`,
  },
);

const faultSchema = z
  .object({
    preset: presetSchema.optional(),
    /** Argument of the preset (Retry-After seconds, delay ms, truncation point). */
    arg: z.number().int().min(0).optional(),
    status: z.number().int().min(200).max(599).optional(),
    body: z.string().optional(),
    contentType: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    truncateAt: z.number().int().min(0).optional(),
    inflate: z.number().min(1).max(100).optional(),
    /** JSON has no Infinity: "infinite" keeps the fault until DELETE /__mock/fault. */
    times: z.union([z.number().int().min(1), z.literal('infinite')]).optional(),
    pathIncludes: z.string().optional(),
    queryIncludes: z.string().optional(),
  })
  .strict();

const optionsSchema = z
  .object({
    contextUrl: z.string().min(1),
    maxLimit: z.number().int().min(1),
    overLimit: z.enum(['badRequest', 'tooManyResults', 'cap']),
    ignorePaging: z.boolean(),
    omitCountHeader: z.boolean(),
    nextLink: z.boolean(),
    disableTemporal: z.boolean(),
  })
  .strict()
  .partial() satisfies z.ZodType<Partial<BrokerOptions>>;

const entitiesSchema = z
  .object({
    entities: z.array(
      z.custom<NgsiEntity>(isNgsiEntity, 'an NGSI-LD entity with string id and type'),
    ),
    observedAt: z.iso.datetime({ offset: true }).optional(),
    tenant: z.string().optional(),
  })
  .strict();

const historySchema = z
  .object({
    entityId: z.string(),
    attribute: z.string(),
    instances: z.array(z.object({ value: z.json(), observedAt: z.iso.datetime({ offset: true }) })),
    tenant: z.string().optional(),
  })
  .strict();

export function faultFromJson(input: z.infer<typeof faultSchema>): FaultSpec {
  const { preset, arg, times, ...rest } = input;
  const make: ((arg?: number) => FaultSpec) | undefined = preset ? FAULTS[preset] : undefined;
  const spec: FaultSpec = { ...make?.(arg), ...rest };
  if (times !== undefined) spec.times = times === 'infinite' ? Infinity : times;
  return spec;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const noContent = (): Response => new Response(null, { status: 204 });

/** Any zod schema, the full build's or zod/mini's (the drill's patch, shared with the browser). */
async function parseBody<T>(request: Request, schema: z.core.$ZodType<T>): Promise<T | Response> {
  const parsed = z.safeParse(schema, await request.json().catch(() => undefined));
  return parsed.success
    ? parsed.data
    : json(
        400,
        problemDetails('BadRequestData', 'Bad control request', z.prettifyError(parsed.error)),
      );
}

/**
 * The test-control API of the HTTP mock server (undefined when `request` is not for it):
 *   POST /__mock/fault     FaultSpec JSON, or {"preset":"empty503","arg":10,"times":2}
 *   DELETE /__mock/fault   drop pending faults
 *   POST /__mock/options   Partial<BrokerOptions>
 *   POST /__mock/entities  {entities, observedAt?, tenant?}  upsert
 *   POST /__mock/history   {entityId, attribute, instances:[{value, observedAt}], tenant?}
 *   POST /__mock/reset     back to the data and options the server started with, no faults
 *   GET  /__mock/state     {options, pendingFaults}
 *   GET  /__mock/scenario  the drill's clock and counts ({"scenario":"baseline"} without one)
 *   POST /__mock/scenario  {stormMinutes?, paused?, speed?}  jump, freeze, resume, re-speed
 */
export async function handleControl(
  request: Request,
  broker: Broker,
  reset: () => void,
  drill: () => ScenarioDriver | undefined = () => undefined,
): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(CONTROL_PREFIX)) return undefined;
  const route = `${request.method} ${pathname.slice(CONTROL_PREFIX.length)}`;
  switch (route) {
    case 'POST fault': {
      const body = await parseBody(request, faultSchema);
      if (body instanceof Response) return body;
      broker.setFault(faultFromJson(body));
      return noContent();
    }
    case 'DELETE fault':
      broker.clearFaults();
      return noContent();
    case 'POST options': {
      const body = await parseBody(request, optionsSchema);
      if (body instanceof Response) return body;
      broker.configure(body);
      return json(200, broker.options);
    }
    case 'POST entities': {
      const body = await parseBody(request, entitiesSchema);
      if (body instanceof Response) return body;
      broker.upsertMany(body.entities, { observedAt: body.observedAt, tenant: body.tenant });
      return noContent();
    }
    case 'POST history': {
      const body = await parseBody(request, historySchema);
      if (body instanceof Response) return body;
      try {
        broker.appendHistory(body.entityId, body.attribute, body.instances, body.tenant);
      } catch (error) {
        return json(404, problemDetails('ResourceNotFound', 'Entity not found', String(error)));
      }
      return noContent();
    }
    case 'POST reset':
      reset();
      return noContent();
    case 'GET state':
      return json(200, { options: broker.options, pendingFaults: broker.faults.pending() });
    case 'GET scenario':
      return json(200, drill()?.status() ?? { scenario: 'baseline' });
    case 'POST scenario': {
      const driver = drill();
      if (!driver)
        return json(
          404,
          problemDetails('ResourceNotFound', 'No drill', 'the server runs the baseline scenario'),
        );
      const body = await parseBody(request, scenarioPatchSchema);
      if (body instanceof Response) return body;
      return json(200, applyScenarioPatch(driver, body));
    }
    default:
      return json(404, problemDetails('ResourceNotFound', 'Unknown control endpoint', route));
  }
}
