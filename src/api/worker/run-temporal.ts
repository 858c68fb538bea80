import type { NgsiClient } from '../ngsi/client';
import type { TemporalQuery } from '../ngsi/queries';
import { flattenTemporalEntity } from '../ngsi/representation/temporal';
import type { TemporalEntity } from '../ngsi/representation/temporal-types';

/** A temporal query without its signal: what can cross into the worker. */
export type TemporalJob = TemporalQuery & { signal?: undefined };

export interface TemporalResult {
  entities: TemporalEntity[];
  /** Entities that could not be read (reason → count). */
  skipped: Record<string, number>;
  truncated: boolean;
}

export async function runTemporal(
  client: NgsiClient,
  job: TemporalJob,
  signal?: AbortSignal,
): Promise<TemporalResult> {
  const page = await client.queryTemporal(signal ? { ...job, signal } : job);
  const entities: TemporalEntity[] = [];
  const skipped: Record<string, number> = {};
  for (const raw of page.entities) {
    const flat = flattenTemporalEntity(raw);
    if (flat.ok) entities.push(flat.entity);
    else skipped[flat.reason] = (skipped[flat.reason] ?? 0) + 1;
  }
  return { entities, skipped, truncated: page.truncated };
}
