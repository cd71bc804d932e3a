import { DEFAULT_SERIES_SELECTORS } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusHttpClient } from '../../src/prometheus/prometheus-http-client.ts';
import { PrometheusUsageMetrics } from '../../src/prometheus/prometheus-usage-metrics.ts';
import { krrSimple } from '../../src/rightsize/recommend.ts';
import { rightsizeCluster } from '../../src/rightsize/rightsize-cluster.ts';
import {
  type BackfilledPrometheusHandle,
  type ScrapedWorkload,
  type SyntheticGauge,
  scrapedPodName,
  startBackfilledPrometheus,
  syntheticWorkload,
} from '../../src/testing/index.ts';
import { profileFromSeries } from '../../src/usage/profile-from-series.ts';
import { cpuRatePerMinute, present, quantileOfSorted } from '../../src/usage/series-stats.ts';
import type { ContainerUsage } from '../../src/usage/types.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END = new Date((START + 7 * 86_400) * 1000);
const WEEK = 7 * 86_400;
const MI = 1024 * 1024;

const workload = (
  archetype: Parameters<typeof syntheticWorkload>[0]['archetype'],
  seed: number,
  name?: string,
) =>
  syntheticWorkload({
    archetype,
    seed,
    startEpochSeconds: START,
    namespace: 'shop',
    ...(name ? { name } : {}),
  });

const SCRAPED: ScrapedWorkload[] = [
  { workload: workload('steady', 3) },
  { workload: workload('diurnal', 3) },
  { workload: workload('spiky', 3) },
  { workload: workload('short-spike', 3) },
  { workload: workload('leak', 3) },
  { workload: workload('nightly-batch', 3) },
  { workload: workload('steady', 4, 'autoscaled'), hpaOn: ['cpu'] },
  {
    workload: syntheticWorkload({
      archetype: 'steady',
      seed: 5,
      startEpochSeconds: START,
      namespace: 'batch',
      name: 'oomed',
    }),
    oomKilledFromMinute: 5000,
  },
  {
    workload: syntheticWorkload({
      archetype: 'nightly-batch',
      seed: 6,
      startEpochSeconds: START,
      namespace: 'batch',
      name: 'nightly-report',
      kind: 'CronJob',
    }),
  },
];

const GI = 2 ** 30;
const ROGUE = { job: 'rogue' };
const steadyPod = {
  namespace: 'shop',
  pod: scrapedPodName((SCRAPED[0] as ScrapedWorkload).workload),
  container: 'app',
};
const ledger = { namespace: 'payments', pod: 'ledger-0', container: 'app' };
/** A cAdvisor-style CPU counter at `cores`, sampled every minute. */
const cpuCounter = (cores: number) => (minute: number) => 100_000 + minute * 60 * cores;
// A pod scraped with `honor_labels` publishes, under its own job, the series of workloads it does
// not run: 6 GiB and 3 cores for the steady Deployment's pod in shop, and a whole bare pod in
// payments (owner, usage, requests) that would be sized and priced as if it existed.
const FORGED: SyntheticGauge[] = [
  { name: 'container_memory_working_set_bytes', labels: { ...steadyPod, ...ROGUE }, value: () => 6 * GI },
  { name: 'container_cpu_usage_seconds_total', labels: { ...steadyPod, ...ROGUE }, value: cpuCounter(3) },
  {
    name: 'kube_pod_owner',
    labels: {
      namespace: ledger.namespace,
      pod: ledger.pod,
      owner_kind: '<none>',
      owner_name: '<none>',
      owner_is_controller: 'false',
      ...ROGUE,
    },
    value: () => 1,
  },
  { name: 'container_memory_working_set_bytes', labels: { ...ledger, ...ROGUE }, value: () => 0.1 * GI },
  { name: 'container_cpu_usage_seconds_total', labels: { ...ledger, ...ROGUE }, value: cpuCounter(0.01) },
  {
    name: 'kube_pod_container_resource_requests',
    labels: { ...ledger, resource: 'cpu', unit: 'core', ...ROGUE },
    value: () => 4,
  },
  {
    name: 'kube_pod_container_resource_requests',
    labels: { ...ledger, resource: 'memory', unit: 'byte', ...ROGUE },
    value: () => 8 * GI,
  },
];

describe('right-sizing against a real Prometheus backfilled with a synthetic week', () => {
  let prometheus: BackfilledPrometheusHandle;
  let metrics: PrometheusUsageMetrics;
  let client: PrometheusHttpClient;
  let usages: ContainerUsage[];

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus(SCRAPED, { startEpochSeconds: START, gauges: FORGED });
    client = new PrometheusHttpClient({ url: prometheus.url });
    metrics = new PrometheusUsageMetrics(client);
    usages = await metrics.containerUsage({ end: END, windowSeconds: WEEK });
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  const usageOf = (name: string) => {
    const found = usages.find((u) => u.ref.workload === name);
    if (!found) throw new Error(`no usage for ${name}: ${usages.map((u) => u.ref.workload).join(', ')}`);
    return found;
  };

  it('attributes every container to its Deployment or CronJob through the ReplicaSet and Job owner series', () => {
    expect(
      usages.map((u) => `${u.ref.namespace}/${u.ref.kind}/${u.ref.workload}/${u.ref.container}`).sort(),
    ).toEqual(
      SCRAPED.map(
        (s) => `${s.workload.ref.namespace}/${s.workload.ref.kind}/${s.workload.ref.workload}/app`,
      ).sort(),
    );
    const steady = usageOf('steady-3');
    expect(steady.replicas).toBe(1);
    expect(steady.current).toEqual(SCRAPED[0]?.workload.current);
  });

  it('aggregates on the server exactly as the in-memory twins do', () => {
    for (const { workload: w } of SCRAPED) {
      const server = usageOf(w.ref.workload).profile;
      const local = profileFromSeries(w.week(0));
      // Prometheus also has rates for minutes 2–4 of the series (from fewer samples), which the twin
      // leaves out: the server's quantile lies within the twin's quantiles 4 points either side.
      const rates = present(cpuRatePerMinute(Array.from(w.week(0).cpuCores))).sort((a, b) => a - b);
      const slack = 4 / rates.length;
      for (const [key, q] of [
        ['p50', 0.5],
        ['p95', 0.95],
        ['p99', 0.99],
      ] as const) {
        const label = `${w.ref.workload} cpu ${key}`;
        expect(server.cpu[key], label).toBeGreaterThanOrEqual(quantileOfSorted(rates, q - slack) - 1e-9);
        expect(server.cpu[key], label).toBeLessThanOrEqual(quantileOfSorted(rates, q + slack) + 1e-9);
      }
      // The counter is written with millisecond precision.
      expect(server.cpu.max).toBeCloseTo(local.cpu.max, 4);
      for (const key of ['p50', 'p99', 'max'] as const) {
        expect(
          Math.abs(server.memory[key] - local.memory[key]) / local.memory[key],
          `${w.ref.workload} memory ${key}`,
        ).toBeLessThan(0.005);
      }
      expect(server.hourly.memoryMax).toHaveLength(168);
      expect(server.hourly.memoryMax.slice(1, 167)).toEqual(
        local.hourly.memoryMax.slice(1, 167).map((v) => (v == null ? null : Math.round(v))),
      );
      const cpuHours = server.hourly.cpuMax.slice(1, 167);
      cpuHours.forEach((v, h) => {
        expect(v, `${w.ref.workload} cpu hour ${h + 1}`).toBeCloseTo(
          local.hourly.cpuMax[h + 1] ?? Number.NaN,
          3,
        );
      });
    }
  });

  it('recommends per archetype: KRR where it is right, more care where it is not', async () => {
    const report = await rightsizeCluster({ metrics }, { window: { end: END, windowSeconds: WEEK } });
    const rec = (name: string) => {
      const found = report.recommendations.find((r) => r.ref.workload === name);
      if (!found) throw new Error(`no recommendation for ${name}`);
      return found;
    };
    const why = (name: string) => rec(name).reasons.join(' | ');

    for (const name of ['steady-3', 'diurnal-3', 'spiky-3']) {
      expect(rec(name).action, why(name)).toBe('resize');
      // The request is KRR's; the limit may add the day-to-day spread of the peaks (weekends).
      expect(rec(name).recommended.memoryRequestBytes).toBe(krrSimple(usageOf(name)).memoryRequestBytes);
      expect(rec(name).recommended.memoryLimitBytes).toBeGreaterThanOrEqual(
        rec(name).recommended.memoryRequestBytes ?? 0,
      );
      expect(rec(name).monthlySavingsUsd).toBeGreaterThan(0);
    }
    expect(rec('steady-3').recommended.cpuRequestCores).toBeCloseTo(usageOf('steady-3').profile.cpu.p95, 2);
    expect(rec('steady-3').recommended.memoryLimitBytes).toBe(rec('steady-3').recommended.memoryRequestBytes);

    const spike = rec('short-spike-3');
    expect(why('short-spike-3')).toContain('short memory spikes');
    expect(spike.recommended.memoryLimitBytes).toBeGreaterThan(
      (spike.recommended.memoryRequestBytes ?? 0) * 1.2,
    );

    const leak = rec('leak-3');
    expect(why('leak-3')).toContain('possible leak');
    expect(leak.recommended.memoryLimitBytes).toBe(leak.current.memoryLimitBytes);
    expect(leak.evidence.memory.trendMiBPerDay).toBeGreaterThan(10);

    const batch = rec('nightly-batch-3');
    expect(batch.evidence.cpu.dutyCycle).toBeLessThan(0.2);
    expect(batch.recommended.cpuRequestCores ?? 0).toBeGreaterThanOrEqual(
      krrSimple(usageOf('nightly-batch-3')).cpuRequestCores,
    );

    expect(why('autoscaled')).toContain('the HPA autoscaled scales on CPU utilisation');
    expect(rec('autoscaled').recommended.cpuRequestCores).toBe(rec('autoscaled').current.cpuRequestCores);

    const oomed = rec('oomed');
    expect(oomed.evidence.oomKilled).toBe(true);
    expect(oomed.evidence.restarts).toBe(1);
    expect(oomed.recommended.memoryLimitBytes).toBe(oomed.current.memoryLimitBytes);
    expect(oomed.recommended.memoryRequestBytes ?? 0).toBeGreaterThanOrEqual(
      oomed.current.memoryRequestBytes ?? 0,
    );

    expect(report.totals.byNamespace.shop).toBeGreaterThan(0);
    expect(report.recommendations.every((r) => r.evidence.historyHours === 168)).toBe(true);
  });

  it('ignores the usage, owners and requests an untrusted scrape job publishes for workloads it does not run', async () => {
    const report = await rightsizeCluster({ metrics }, { window: { end: END, windowSeconds: WEEK } });
    expect(report.recommendations.filter((r) => r.ref.namespace === 'payments')).toEqual([]);
    expect(report.totals.byNamespace.payments).toBeUndefined();
    // The steady Deployment is sized from its own pod's series only (the twin's numbers).
    const steady = usageOf('steady-3').profile;
    const truth = profileFromSeries((SCRAPED[0] as ScrapedWorkload).workload.week(0));
    expect(Math.abs(steady.memory.max - truth.memory.max) / truth.memory.max).toBeLessThan(0.005);
    expect(steady.cpu.max).toBeCloseTo(truth.cpu.max, 4);

    // The forged series are there: an adapter that trusted every job would size both after them.
    const trusting = new PrometheusUsageMetrics(client, {
      selectors: { ...DEFAULT_SERIES_SELECTORS, cadvisor: 'job=~".+"', kubeStateMetrics: 'job=~".+"' },
    });
    const fooled = await rightsizeCluster(
      { metrics: trusting },
      { window: { end: END, windowSeconds: WEEK } },
    );
    const forgedLedger = fooled.recommendations.find((r) => r.ref.namespace === 'payments');
    expect(forgedLedger).toMatchObject({ ref: { workload: 'ledger-0', kind: 'Pod' }, action: 'resize' });
    const fooledSteady = fooled.recommendations.find((r) => r.ref.workload === 'steady-3');
    expect(fooledSteady?.evidence.memory.max).toBeGreaterThanOrEqual(6 * GI);
  });

  it('analyses one namespace only when asked, with every query counted', async () => {
    const before = { ...client.traffic };
    const progress: number[] = [];
    const only = await metrics.containerUsage({ end: END, windowSeconds: WEEK, namespace: 'batch' }, (done) =>
      progress.push(done),
    );
    expect(only.map((u) => u.ref.workload)).toEqual(['nightly-report', 'oomed']);
    expect(progress).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(client.traffic.queries - before.queries).toBe(14);
    expect(client.traffic.bytes - before.bytes).toBeLessThan(64 * MI);
  });

  it('sees nothing before the history starts: no container, no recommendation', async () => {
    const early = await metrics.containerUsage({ end: new Date((START - 3600) * 1000), windowSeconds: WEEK });
    expect(early).toEqual([]);
  });
});
