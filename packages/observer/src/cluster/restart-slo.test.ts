import type { SloConfig } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { ForecastSchema } from '../forecast.ts';
import { forecastRestartRate, type RestartSeries } from './restart-rate.ts';
import { forecastSloBurn, sloQuery } from './slo-burn.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T00:00:00Z');

function series(values: number[], pod = 'api-7d9c-x1'): RestartSeries {
  return {
    namespace: 'shop',
    pod,
    container: 'app',
    workload: 'api',
    workloadKind: 'Deployment',
    perHour: values.map((value, i) => ({ atMs: T0 + i * HOUR, value })),
  };
}

describe('forecastRestartRate', () => {
  it('counts down to a crash loop’s rate when restarts per hour keep rising', () => {
    const [f] = forecastRestartRate([series([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6])]);

    expect(ForecastSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({ kind: 'restart-rate', workload: 'api', container: 'app' });
    // Recent rate 5/h, rising ~0.5/h each hour: 12/h in about 14 h.
    expect(f?.timeToLimitMinutes).toBeGreaterThan(10 * 60);
    expect(f?.timeToLimitMinutes).toBeLessThan(18 * 60);
  });

  it('stays quiet for a steady rate, a single spike, a falling rate and too little history', () => {
    const quiet = forecastRestartRate([
      series([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 'steady'),
      series([0, 0, 0, 0, 0, 40, 0, 0, 0, 0], 'spike'),
      series([8, 7, 6, 5, 4, 3, 2, 1, 1, 0], 'falling'),
      series([1, 5, 9], 'short'),
      series([0, 0, 0, 0, 0, 0, 1, 1, 1, 1], 'slow'),
    ]);

    expect(quiet).toEqual([]);
  });
});

const slo: SloConfig = {
  service: 'checkout',
  namespace: 'shop',
  indicator: 'error-rate',
  objective: 0.999,
  periodDays: 30,
  errorRatio:
    'sum(rate(http_requests_total{code=~"5.."}[$window])) / sum(rate(http_requests_total[$window]))',
};

describe('forecastSloBurn', () => {
  it('pages on a fast burn over both 1 h and 5 min, with the time left until the budget is spent', () => {
    const f = forecastSloBurn(slo, {
      windows: { '5m': 0.02, '30m': 0.02, '1h': 0.02, '6h': 0.005, '3d': 0.001 },
      period: 0.0005,
    });

    expect(ForecastSchema.parse(f)).toEqual(f);
    expect(f?.evidence[0]).toMatch(
      /^page: error budget burning at 20× over 1h and 20× over 5m \(threshold 14\.4×/,
    );
    // Half the budget left (0.0005 of 0.001), burning at 20×: 0.5 × 30 d ÷ 20 = 18 h.
    expect(f?.timeToLimitMinutes).toBe(18 * 60);
  });

  it('needs both windows of a rule: a burn that already stopped (short window clean) does not page', () => {
    expect(
      forecastSloBurn(slo, { windows: { '5m': 0, '30m': 0.0001, '1h': 0.02, '6h': 0.004, '3d': 0.0005 } }),
    ).toBeUndefined();
  });

  it('opens a ticket on a slow burn over 3 d and 6 h, without a countdown when the period is unknown', () => {
    const f = forecastSloBurn(slo, {
      windows: { '5m': 0.002, '30m': 0.002, '1h': 0.002, '6h': 0.002, '3d': 0.0015 },
    });

    expect(f?.evidence[0]).toMatch(/^ticket: /);
    expect(f?.timeToLimitMinutes).toBeNull();
  });

  it('fills $window into the queries, and turns good and total into an error ratio', () => {
    expect(sloQuery(slo, '5m')).toBe(
      'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))',
    );
    const latency: SloConfig = {
      ...slo,
      indicator: 'latency',
      errorRatio: undefined,
      good: 'sum(rate(http_request_duration_seconds_bucket{le="0.3"}[$window]))',
      total: 'sum(rate(http_request_duration_seconds_count[$window]))',
    };
    expect(sloQuery(latency, '1h')).toBe(
      '1 - ((sum(rate(http_request_duration_seconds_bucket{le="0.3"}[1h]))) / (sum(rate(http_request_duration_seconds_count[1h]))))',
    );
  });
});
