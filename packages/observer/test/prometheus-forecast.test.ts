import { DEFAULT_SERIES_SELECTORS } from '@sre-agent/core';
import { PrometheusHttpClient } from '@sre-agent/cost/prometheus';
import {
  type BackfilledPrometheusHandle,
  MINUTES_PER_WEEK,
  type ScrapedWorkload,
  type SyntheticGauge,
  scrapedPodName,
  startBackfilledPrometheus,
} from '@sre-agent/cost/testing';
import { type Forecast, forecastMemoryAndVolumes, PrometheusForecastMetrics } from '@sre-agent/observer';
import { syntheticScrapedWorkload, syntheticSeries } from '@sre-agent/observer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z, a whole hour
// The last minute's scrape (second 30): "now" for the forecast.
const NOW = new Date((START + (MINUTES_PER_WEEK - 1) * 60 + 30) * 1000);
const GI = 2 ** 30;
const SHAPES = ['steady', 'diurnal', 'linear', 'stepwise', 'noisy-growth'] as const;
const SEEDS = [1, 2, 3];

const series = SHAPES.flatMap((shape) => SEEDS.map((seed) => syntheticSeries({ shape, seed })));
// Another namespace's steady workload: the target a rogue pod's forged series names.
const steadyLedger = syntheticScrapedWorkload(syntheticSeries({ shape: 'steady', seed: 9 }));
const victim = { ...steadyLedger, ref: { ...steadyLedger.ref, namespace: 'payments', workload: 'ledger' } };
const victimLimit = victim.current.memoryLimitBytes ?? 0;
const workloads: ScrapedWorkload[] = [
  ...series.map((s) => ({ workload: syntheticScrapedWorkload(s) })),
  { workload: victim },
];

/** Over the week: `perMinute` bytes more every minute of the last 30 hours, flat before. */
const growing = (from: number, perMinute: number) => (m: number) =>
  from + perMinute * Math.max(0, m - (MINUTES_PER_WEEK - 30 * 60));

const redis = workloads[0]?.workload;
// The scrape jobs' labels, as kube-prometheus-stack attaches them.
const KUBELET = { job: 'kubelet', metrics_path: '/metrics' };
const volumeLabels = { namespace: 'forecast', persistentvolumeclaim: 'data-redis-0' };
const gauges: SyntheticGauge[] = [
  // A claim filling at 1 MiB a minute for 30 hours, its capacity reached 20 hours from now.
  {
    name: 'kubelet_volume_stats_used_bytes',
    labels: { ...volumeLabels, ...KUBELET },
    value: growing(0.2 * GI, 2 ** 20),
  },
  {
    name: 'kubelet_volume_stats_capacity_bytes',
    labels: { ...volumeLabels, ...KUBELET },
    value: () => 0.2 * GI + 30 * GI * (60 / 1024) + 20 * GI * (60 / 1024),
  },
  {
    name: 'kube_pod_spec_volumes_persistentvolumeclaims_info',
    labels: {
      ...volumeLabels,
      pod: redis ? scrapedPodName(redis) : 'none',
      volume: 'data',
      job: 'kube-state-metrics',
    },
    value: () => 1,
  },
  // A steady claim: no forecast.
  {
    name: 'kubelet_volume_stats_used_bytes',
    labels: { namespace: 'forecast', persistentvolumeclaim: 'logs', ...KUBELET },
    value: (m) => GI * (1 + 0.01 * Math.sin(m)),
  },
  {
    name: 'kubelet_volume_stats_capacity_bytes',
    labels: { namespace: 'forecast', persistentvolumeclaim: 'logs', ...KUBELET },
    value: () => 2 * GI,
  },
];
// A pod scraped with `honor_labels` publishes a working set that names the victim's pod and
// container, rising from 20 % to 90 % of its limit over 30 hours (the limit about 4 hours away).
gauges.push({
  name: 'container_memory_working_set_bytes',
  labels: { namespace: 'payments', pod: scrapedPodName(victim), container: 'app', job: 'rogue' },
  value: growing(0.2 * victimLimit, (0.7 * victimLimit) / (30 * 60)),
});
// Node disks of 100 GiB: one filling at 1 GiB/h for 30 h from 40 GiB (70 GiB now; 90 GiB, the eviction threshold, in 20 h), one steady.
for (const [instance, perMinute] of [
  ['10.0.1.7:9100', GI / 60],
  ['10.0.1.8:9100', 0],
] as const) {
  const fs = { instance, mountpoint: '/', fstype: 'ext4', device: '/dev/nvme0n1p1' };
  const used = growing(40 * GI, perMinute);
  gauges.push(
    { name: 'node_filesystem_size_bytes', labels: fs, value: () => 100 * GI },
    { name: 'node_filesystem_avail_bytes', labels: fs, value: (m) => 100 * GI - used(m) },
  );
}

describe('forecastMemoryAndVolumes against a real Prometheus', () => {
  let prometheus: BackfilledPrometheusHandle;
  let forecasts: Forecast[];

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus(workloads, { startEpochSeconds: START, gauges });
    const metrics = new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url }));
    forecasts = await forecastMemoryAndVolumes(metrics, {
      window: 30 * 60,
      now: NOW,
      // Every growth series reaches its limit within 10 h: a horizon that lets each one warn.
      horizons: { memoryMinutes: 12 * 60 },
    });
  }, 120_000);
  afterAll(async () => prometheus?.stop());

  it('forecasts the time to the memory limit of every growth series within 20 % of the truth', () => {
    for (const s of series.filter((x) => x.truthMinutes !== null)) {
      const name = `${s.shape}-${s.seed}`;
      const found = forecasts.find((f) => f.kind === 'memory-limit' && f.workload === name);
      expect(found, name).toBeDefined();
      expect(found).toMatchObject({
        namespace: 'forecast',
        workloadKind: 'Deployment',
        container: 'app',
        action: { kind: 'raise-memory-limit' },
        limitBytes: Math.round(s.limit),
      });
      const truth = s.truthMinutes as number;
      const error = Math.abs((found?.timeToLimitMinutes ?? 0) - truth) / truth;
      expect(
        error,
        `${name}: ${found?.timeToLimitMinutes} min forecast, ${Math.round(truth)} min true`,
      ).toBeLessThan(0.2);
    }
  });

  it('ignores a working set another scrape job publishes under a workload it does not scrape', async () => {
    expect(forecasts.filter((f) => f.namespace === 'payments')).toEqual([]);
    // The forged series alone would have been a forecast, and a raise of the victim's limit.
    const trusting = new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url }), {
      selectors: { ...DEFAULT_SERIES_SELECTORS, cadvisor: 'job=~".+"' },
    });
    const fooled = await forecastMemoryAndVolumes(trusting, {
      window: 30 * 60,
      now: NOW,
      horizons: { memoryMinutes: 12 * 60 },
    });
    expect(fooled.filter((f) => f.namespace === 'payments')).toMatchObject([
      { workload: 'ledger', container: 'app', action: { kind: 'raise-memory-limit' } },
    ]);
  });

  it("says once which selector matches nothing when Prometheus has the series under another chart's jobs", async () => {
    const warnings: string[] = [];
    const otherChart = new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url }), {
      selectors: { ...DEFAULT_SERIES_SELECTORS, cadvisor: 'job="kubernetes-nodes-cadvisor"' },
      onUnmatched: (warning) => warnings.push(warning),
    });
    const options = { window: 30 * 60, now: NOW, horizons: { memoryMinutes: 12 * 60 } };
    const none = await forecastMemoryAndVolumes(otherChart, options);
    await forecastMemoryAndVolumes(otherChart, options);

    expect(none.filter((f) => f.kind === 'memory-limit')).toEqual([]);
    expect(warnings).toEqual([
      'forecast.seriesSelectors.cadvisor (job="kubernetes-nodes-cadvisor") matches none of the container_memory_working_set_bytes series; Prometheus has them from job="kubelet", job="rogue": set forecast.seriesSelectors.cadvisor to the labels of the job you trust',
    ]);
    // The default selectors match: nothing to say.
    const defaults = new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url }));
    expect(await defaults.unmatchedSelectors(NOW)).toEqual([]);
  });

  it('raises no warning for steady and diurnal workloads', () => {
    const quiet = forecasts.filter((f) => f.kind === 'memory-limit' && /^(steady|diurnal)-/.test(f.workload));
    expect(quiet).toEqual([]);
  });

  it('forecasts the filling volume under the workload that mounts it, and the filling node disk', () => {
    const volume = forecasts.find((f) => f.kind === 'volume-full');
    expect(volume).toMatchObject({
      workload: redis?.ref.workload,
      resource: 'pvc data-redis-0',
      action: { kind: 'warn' },
    });
    expect(volume?.timeToLimitMinutes).toBeGreaterThan(20 * 60 * 0.9);
    expect(volume?.timeToLimitMinutes).toBeLessThan(20 * 60 * 1.1);
    const nodes = forecasts.filter((f) => f.kind === 'node-disk-full');
    expect(nodes.map((f) => [f.workload, f.resource])).toEqual([['10.0.1.7', 'filesystem /']]);
    expect(nodes[0]?.timeToLimitMinutes).toBeGreaterThan(20 * 60 * 0.9);
    expect(nodes[0]?.timeToLimitMinutes).toBeLessThan(20 * 60 * 1.1);
    expect(forecasts.filter((f) => f.kind === 'volume-full')).toHaveLength(1);
  });
});
