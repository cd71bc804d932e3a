import {
  DEFAULT_SERIES_SELECTORS,
  InMemoryNotifier,
  ManualClock,
  type SeriesSelectors,
  silentLogger,
} from '@sre-agent/core';
import { PrometheusHttpClient, PrometheusUsageMetrics } from '@sre-agent/cost';
import { startBackfilledPrometheus, syntheticWorkload } from '@sre-agent/cost/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCostSweep } from '../src/use-cases/run-cost-sweep.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END = new Date((START + 7 * 86_400) * 1000);

describe('the cost report when forecast.seriesSelectors match nothing in a real Prometheus', () => {
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>>;

  beforeAll(async () => {
    // kube-prometheus-stack's job names (job="kubelet", job="kube-state-metrics") on every series.
    prometheus = await startBackfilledPrometheus(
      (['steady', 'diurnal'] as const).map((archetype, seed) => ({
        workload: syntheticWorkload({ archetype, seed, startEpochSeconds: START, namespace: 'shop' }),
      })),
      { startEpochSeconds: START },
    );
  }, 120_000);
  afterAll(async () => prometheus?.stop());

  const sweep = async (selectors: SeriesSelectors) => {
    const notifier = new InMemoryNotifier();
    const metrics = new PrometheusUsageMetrics(new PrometheusHttpClient({ url: prometheus.url }), {
      selectors,
    });
    const { report } = await runCostSweep(
      { cluster: 'prod', metrics, notifier, clock: new ManualClock(END), logger: silentLogger },
      { denyNamespaces: ['kube-system'] },
    );
    return { report, text: notifier.sent.map((n) => n.text).join('\n') };
  };

  it("says once, for each selector another chart's jobs miss, which jobs carry the series it reads", async () => {
    const { report, text } = await sweep({
      ...DEFAULT_SERIES_SELECTORS,
      cadvisor: 'job="kubernetes-nodes-cadvisor"',
      kubeStateMetrics: 'job="kubernetes-service-endpoints"',
    });

    expect(report.rightsize.recommendations).toEqual([]);
    expect(report.unmatchedSelectors).toEqual([
      'forecast.seriesSelectors.cadvisor (job="kubernetes-nodes-cadvisor") matches none of the container_memory_working_set_bytes series; Prometheus has them from job="kubelet": set forecast.seriesSelectors.cadvisor to the labels of the job you trust',
      'forecast.seriesSelectors.kubeStateMetrics (job="kubernetes-service-endpoints") matches none of the kube_pod_owner series; Prometheus has them from job="kube-state-metrics": set forecast.seriesSelectors.kubeStateMetrics to the labels of the job you trust',
    ]);
    const lines = text.split('\n').filter((l) => l.includes('matches none'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^:warning: Nothing to read: forecast\.seriesSelectors\.cadvisor .*job="kubelet"/,
    );
    // The kubelet selector (volumes) is the observer's, not read by the cost sentinel: not checked.
    expect(text).not.toContain('seriesSelectors.kubelet');
  });

  it('names only the selector that misses when the other one matches', async () => {
    const { report } = await sweep({ ...DEFAULT_SERIES_SELECTORS, kubeStateMetrics: 'job="ksm"' });

    expect(report.unmatchedSelectors).toEqual([
      expect.stringMatching(
        /^forecast\.seriesSelectors\.kubeStateMetrics \(job="ksm"\) .* from job="kube-state-metrics":/,
      ),
    ]);
  });

  it('says nothing about selectors when they match: the containers are right-sized', async () => {
    const { report, text } = await sweep(DEFAULT_SERIES_SELECTORS);

    expect(report.rightsize.recommendations.map((r) => r.ref.workload).sort()).toEqual([
      'diurnal-1',
      'steady-0',
    ]);
    expect(report.unmatchedSelectors).toBeUndefined();
    expect(text).not.toContain('seriesSelectors');
  });
});
