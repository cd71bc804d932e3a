import { describe, expect, it } from 'vitest';
import { EmbeddedForecastMetrics, type EmbeddedForecastSource } from './embedded-forecast-metrics.ts';

const MI = 2 ** 20;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const at = (minute: number) => T0 + minute * 60_000;
const recommender = { kind: 'Deployment', name: 'recommender' };

/** What a sandbox recorded: two pods of a workload replaced by a rollout that raised the limit, and a bare pod. */
const recorded: EmbeddedForecastSource = {
  containerMemory: (q) =>
    [
      {
        namespace: 'storefront',
        pod: 'recommender-a',
        container: 'app',
        workload: recommender,
        limitBytes: 512 * MI,
        samples: [0, 1, 2].map((m) => ({ atMs: at(m), bytes: (400 + m) * MI })),
      },
      {
        namespace: 'storefront',
        pod: 'recommender-b',
        container: 'app',
        workload: recommender,
        limitBytes: 512 * MI,
        samples: [0, 1, 2].map((m) => ({ atMs: at(m), bytes: (410 + m) * MI })),
      },
      {
        namespace: 'storefront',
        pod: 'recommender-c',
        container: 'app',
        workload: recommender,
        limitBytes: 614 * MI,
        samples: [3, 4].map((m) => ({ atMs: at(m), bytes: 380 * MI })),
      },
      { namespace: 'default', pod: 'debug', container: 'sh', samples: [{ atMs: at(1), bytes: MI }] },
    ].map((s) => ({ ...s, samples: s.samples.filter((p) => p.atMs >= q.fromMs && p.atMs <= q.toMs) })),
  volumeUsage: () => [
    {
      namespace: 'payments',
      claim: 'data-ledger-0',
      workload: { kind: 'StatefulSet', name: 'ledger' },
      capacityBytes: 20 * 2 ** 30,
      samples: [{ atMs: at(0), usedBytes: 16 * 2 ** 30 }],
    },
  ],
};

describe('EmbeddedForecastMetrics', () => {
  const range = { start: new Date(at(0)), end: new Date(at(4)), stepSeconds: 60 };

  it("gives each workload container's highest pod at each step, with the limit of its newest pod", async () => {
    const series = await new EmbeddedForecastMetrics(recorded).memory(range);
    const workload = series.find((s) => s.workload === 'recommender');
    expect(workload).toMatchObject({ namespace: 'storefront', workloadKind: 'Deployment', container: 'app' });
    expect(workload?.workingSet.map((s) => [s.atMs, s.value / MI])).toEqual([
      [at(0), 410],
      [at(1), 411],
      [at(2), 412],
      [at(3), 380],
      [at(4), 380],
    ]);
    expect(workload?.limitBytes).toBe(614 * MI);
    // A bare pod stands for itself, without a limit.
    expect(series.find((s) => s.workloadKind === 'Pod')).toMatchObject({
      workload: 'debug',
      limitBytes: null,
    });
  });

  it('gives each claim its capacity and the workload that writes to it; no node filesystems', async () => {
    const metrics = new EmbeddedForecastMetrics(recorded);
    expect(await metrics.volumes(range)).toEqual([
      {
        namespace: 'payments',
        persistentVolumeClaim: 'data-ledger-0',
        workload: 'ledger',
        workloadKind: 'StatefulSet',
        used: [{ atMs: at(0), value: 16 * 2 ** 30 }],
        capacityBytes: 20 * 2 ** 30,
      },
    ]);
    expect(await metrics.nodeFilesystems(range)).toEqual([]);
  });
});
