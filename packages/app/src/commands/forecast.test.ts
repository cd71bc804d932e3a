import { InMemoryForecastMetrics } from '@sre-agent/observer/testing';
import { describe, expect, it } from 'vitest';
import { forecastLine, runForecasts } from './forecast.ts';

const NOW = new Date('2026-03-04T12:00:00Z');

describe('runForecasts', () => {
  it('adds the forecasts of more sources to the memory and volume ones, soonest first', async () => {
    const { forecasts, failures } = await runForecasts({
      metrics: new InMemoryForecastMetrics(),
      now: NOW,
      sources: [
        {
          name: 'certificates',
          forecast: async () => [
            {
              kind: 'certificate-expiry',
              namespace: 'shop',
              workload: 'shop-tls',
              resource: 'certificate shop.example.com',
              timeToLimitMinutes: 3 * 1440,
              evidence: ['expires in 3 days'],
              action: { kind: 'warn', params: {} },
            },
          ],
        },
      ],
    });
    expect(failures).toEqual([]);
    expect(forecasts.map((f) => forecastLine(f))).toEqual([
      'in 3 d             certificate-expiry shop/shop-tls: certificate shop.example.com -> warn',
    ]);
  });
});

describe('forecastLine', () => {
  it('shows the action with its parameters, and no control characters from metric labels', () => {
    const line = forecastLine({
      kind: 'memory-limit',
      namespace: 'shop',
      workload: 'api\u001b[2J',
      resource: 'memory of container app',
      timeToLimitMinutes: 0,
      evidence: [],
      action: { kind: 'raise-memory-limit', params: { percent: 20 } },
    });
    expect(line).toBe(
      'at the limit now   memory-limit       shop/api?[2J: memory of container app -> raise-memory-limit percent=20',
    );
  });
});
