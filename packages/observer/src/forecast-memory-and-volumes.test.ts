import { describe, expect, it } from 'vitest';
import { ForecastSchema } from './forecast.ts';
import { forecastMemoryAndVolumes } from './forecast-memory-and-volumes.ts';
import { InMemoryForecastMetrics, seriesSamples, syntheticSeries } from './testing/index.ts';

const NOW = new Date('2026-03-04T12:00:00Z');
const GI = 2 ** 30;

function linear(from: number, perHour: number, hours: number) {
  return Array.from({ length: hours * 60 + 1 }, (_, k) => ({
    atMs: NOW.getTime() - (hours * 60 - k) * 60_000,
    value: from + (perHour * k) / 60,
  }));
}

describe('forecastMemoryAndVolumes', () => {
  it('proposes the bounded memory raise for a leaking container and stays quiet about a steady one', async () => {
    const leak = syntheticSeries({ shape: 'linear', seed: 2 });
    const steady = syntheticSeries({ shape: 'steady', seed: 2 });
    const metrics = new InMemoryForecastMetrics({
      memory: [
        {
          namespace: 'shop',
          workload: 'order-service',
          workloadKind: 'Deployment',
          container: 'app',
          workingSet: seriesSamples(leak, NOW.getTime()),
          limitBytes: leak.limit,
        },
        {
          namespace: 'shop',
          workload: 'cart',
          workloadKind: 'Deployment',
          container: 'app',
          workingSet: seriesSamples(steady, NOW.getTime()),
          limitBytes: steady.limit,
        },
      ],
    });
    const forecasts = await forecastMemoryAndVolumes(metrics, { window: 30 * 60, now: NOW });
    expect(forecasts).toHaveLength(1);
    const [f] = forecasts;
    expect(ForecastSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      kind: 'memory-limit',
      namespace: 'shop',
      workload: 'order-service',
      workloadKind: 'Deployment',
      container: 'app',
      resource: 'memory of container app',
      action: { kind: 'raise-memory-limit', params: { percent: expect.any(Number) } },
    });
    const truth = leak.truthMinutes as number;
    expect(Math.abs((f?.timeToLimitMinutes ?? 0) - truth) / truth).toBeLessThan(0.2);
    expect(f?.evidence.join(' ')).toMatch(/MiB/);
  });

  it('warns about a filling volume within two days but not about memory beyond six hours', async () => {
    const metrics = new InMemoryForecastMetrics({
      memory: [
        {
          namespace: 'shop',
          workload: 'slow',
          workloadKind: 'StatefulSet',
          container: 'db',
          // 10 h to the limit: beyond the memory horizon.
          workingSet: linear(GI, 0.05 * GI, 30),
          limitBytes: GI * (1 + 0.05 * 30 + 0.05 * 10),
        },
      ],
      volumes: [
        {
          namespace: 'shop',
          persistentVolumeClaim: 'data-redis-0',
          workload: 'redis',
          workloadKind: 'StatefulSet',
          used: linear(2 * GI, 0.1 * GI, 30),
          capacityBytes: 2 * GI + 0.1 * GI * 30 + 0.1 * GI * 24,
        },
      ],
      nodeFilesystems: [
        // 100 GiB disk at 50 GiB used, +1 GiB/h: the kubelet's 10 % threshold (90 GiB) in 40 h.
        { node: 'ip-10-0-1-7', mountpoint: '/', used: linear(20 * GI, GI, 30), sizeBytes: 100 * GI },
      ],
    });
    const forecasts = await forecastMemoryAndVolumes(metrics, { window: 30 * 60, now: NOW });
    expect(forecasts.map((f) => [f.kind, f.workload, f.resource, f.action.kind])).toEqual([
      ['volume-full', 'redis', 'pvc data-redis-0', 'warn'],
      ['node-disk-full', 'ip-10-0-1-7', 'filesystem /', 'warn'],
    ]);
    expect(forecasts[0]?.timeToLimitMinutes).toBeGreaterThan(24 * 60 * 0.9);
    expect(forecasts[0]?.timeToLimitMinutes).toBeLessThan(24 * 60 * 1.1);
    expect(forecasts[1]?.timeToLimitMinutes).toBeGreaterThan(40 * 60 * 0.9);
    expect(forecasts[1]?.timeToLimitMinutes).toBeLessThan(40 * 60 * 1.1);
    expect(forecasts[1]?.evidence[0]).toContain('evicts pods below 10% free');
  });

  it('brings the slow memory forecast in with a longer horizon, proposing a raise that covers it', async () => {
    const metrics = new InMemoryForecastMetrics({
      memory: [
        {
          namespace: 'shop',
          workload: 'slow',
          workloadKind: 'StatefulSet',
          container: 'db',
          workingSet: linear(GI, 0.05 * GI, 30),
          // 2.5 GiB now, +0.05 GiB/h: 2.9 GiB in 8 h, 3.1 GiB (7 % more) at the 12-hour horizon.
          limitBytes: GI * 2.9,
        },
      ],
    });
    const forecasts = await forecastMemoryAndVolumes(metrics, {
      window: 30 * 60,
      now: NOW,
      horizons: { memoryMinutes: 12 * 60 },
    });
    expect(forecasts.map((f) => f.timeToLimitMinutes)).toEqual([expect.closeTo(8 * 60, -1)]);
    expect(forecasts[0]?.action.params).toEqual({ percent: 20 });
  });
});
