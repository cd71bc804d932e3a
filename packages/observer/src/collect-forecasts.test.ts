import { describe, expect, it } from 'vitest';
import { collectForecasts } from './collect-forecasts.ts';
import { boundEvidence, type Forecast, WARN_ACTION } from './forecast.ts';

const forecast = (over: Partial<Forecast>): Forecast => ({
  kind: 'volume-full',
  namespace: 'shop',
  workload: 'redis',
  resource: 'pvc data-redis-0',
  timeToLimitMinutes: 120,
  evidence: ['filling'],
  action: WARN_ACTION,
  ...over,
});

describe('collectForecasts', () => {
  it('merges every source soonest first, countdown-less forecasts last', async () => {
    const { forecasts, failures } = await collectForecasts([
      { name: 'a', forecast: async () => [forecast({ timeToLimitMinutes: 300, workload: 'late' })] },
      {
        name: 'b',
        forecast: async () => [
          forecast({ kind: 'pdb-blocks-drain', timeToLimitMinutes: null, workload: 'pdb' }),
          forecast({ timeToLimitMinutes: 5, workload: 'soon' }),
        ],
      },
    ]);
    expect(failures).toEqual([]);
    expect(forecasts.map((f) => f.workload)).toEqual(['soon', 'late', 'pdb']);
  });

  it('reports a source that throws or returns an invalid forecast, and keeps the others', async () => {
    const { forecasts, failures } = await collectForecasts([
      { name: 'broken', forecast: async () => Promise.reject(new Error('prometheus unreachable')) },
      {
        name: 'sloppy',
        forecast: async () => [forecast({ evidence: Array.from({ length: 50 }, () => 'x') }), forecast({})],
      },
    ]);
    expect(forecasts).toHaveLength(1);
    expect(failures).toEqual([
      { source: 'broken', error: 'prometheus unreachable' },
      { source: 'sloppy', error: expect.stringContaining('an invalid forecast') },
    ]);
  });
});

describe('boundEvidence', () => {
  it('keeps at most 8 sentences of at most 300 characters', () => {
    const bounded = boundEvidence(Array.from({ length: 20 }, () => 'y'.repeat(1000)));
    expect(bounded).toHaveLength(8);
    for (const s of bounded) expect(s.length).toBe(300);
  });
});
