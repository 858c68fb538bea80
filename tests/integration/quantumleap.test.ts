/**
 * Trends on an NGSI v2 platform: QuantumLeap's history (the mock's, from the same store as its
 * NGSI-LD temporal API) gives the trend model the same hourly maxima per shelter.
 */
import { describe, expect, it } from 'vitest';
import { runTemporal } from '../../src/api/worker/run-temporal';
import { bucketTemporal } from '../../src/features/operations/model/trends';
import { trendsJob } from '../../src/features/operations/api/trends';
import { DRILL_NOW as NOW, drillInBothDialects } from '../../mocks/handlers/testing/dialects';

const { ld, v2 } = drillInBothDialects({ tourism: false });

describe('history from QuantumLeap', () => {
  it('gives the trend model the same hourly maxima per shelter as the NGSI-LD temporal API', async () => {
    // The query the trend chart sends.
    const job = trendsJob(NOW);
    const [a, b] = await Promise.all([runTemporal(ld, job), runTemporal(v2, job)]);
    const [x, y] = [bucketTemporal(a.entities), bucketTemporal(b.entities)];
    const hours = [...x.values()].reduce((n, m) => n + m.size, 0);
    expect(hours).toBeGreaterThan(1000);
    expect(y).toEqual(x);
  });
});
