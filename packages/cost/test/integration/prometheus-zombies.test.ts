import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageMetrics } from '../../src/ports.ts';
import { PrometheusHttpClient } from '../../src/prometheus/prometheus-http-client.ts';
import { PrometheusUsageMetrics } from '../../src/prometheus/prometheus-usage-metrics.ts';
import {
  type BackfilledPrometheusHandle,
  InMemoryUsageMetrics,
  type SyntheticGauge,
  startBackfilledPrometheus,
  syntheticWorkload,
  zombieWorld,
} from '../../src/testing/index.ts';
import { findZombieNamespaces } from '../../src/zombies/find-zombies.ts';
import type { ActivityWindow, NamespaceActivityReport } from '../../src/zombies/types.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END = new Date((START + 7 * 86_400) * 1000);
const WORLD = zombieWorld(START);
// A pod scraped with `honor_labels` keeps the abandoned namespace looking alive: 1 MB/s of forged
// pod traffic, under its own job, for a pod of legacy-campaign. Only the cAdvisor job's series count.
const FORGED: SyntheticGauge[] = [
  {
    name: 'container_network_receive_bytes_total',
    labels: { namespace: 'legacy-campaign', pod: 'web-0', interface: 'eth0', job: 'rogue' },
    value: (minute) => minute * 60 * 1_000_000,
  },
];
const WINDOW: ActivityWindow = {
  end: END,
  lookbackSeconds: 7 * 86_400,
  quietSeconds: 48 * 3600,
  networkQuietBytesPerSecond: 10_240,
};

describe('zombie namespaces against a real Prometheus backfilled with a week of namespace traffic', () => {
  let prometheus: BackfilledPrometheusHandle;
  let client: PrometheusHttpClient;
  let server: PrometheusUsageMetrics;
  const twin = new InMemoryUsageMetrics([], [], WORLD);

  beforeAll(async () => {
    const shop = syntheticWorkload({
      archetype: 'steady',
      seed: 3,
      startEpochSeconds: START,
      namespace: 'shop',
    });
    prometheus = await startBackfilledPrometheus([{ workload: shop }], {
      startEpochSeconds: START,
      namespaces: WORLD,
      gauges: FORGED,
    });
    client = new PrometheusHttpClient({ url: prometheus.url });
    server = new PrometheusUsageMetrics(client);
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  it('aggregates on the server as the in-memory twin does', async () => {
    const before = client.traffic.queries;
    const remote = await server.namespaceActivity(WINDOW);
    const local = await twin.namespaceActivity(WINDOW);
    expect(client.traffic.queries - before).toBe(13);
    expect(remote.present).toEqual({ nginx: true, istio: true });
    expect(local.present).toEqual(remote.present);
    expect(remote.namespaces.map((n) => n.namespace)).toEqual(local.namespaces.map((n) => n.namespace));
    // Activity is found at 5-minute steps; a spec change within the 10 minutes it takes two scrapes to see.
    const near = (a: Date | undefined, b: Date | undefined, label: string, minutes = 10) => {
      expect(a == null, label).toBe(b == null);
      if (a && b) expect(Math.abs(a.getTime() - b.getTime()), label).toBeLessThanOrEqual(minutes * 60_000);
    };
    for (const l of local.namespaces) {
      const r = remote.namespaces.find(
        (n) => n.namespace === l.namespace,
      ) as (typeof remote.namespaces)[number];
      const ns = l.namespace;
      expect(r.createdAt, ns).toEqual(l.createdAt);
      near(r.lastRolloutAt, l.lastRolloutAt, `${ns} rollout`, 15);
      near(r.historyStart, l.historyStart, `${ns} history start`);
      expect(Math.abs(r.historyHours - l.historyHours), `${ns} history hours`).toBeLessThanOrEqual(1);
      for (const key of ['ingressNginx', 'ingressIstio', 'network'] as const) {
        near(r[key].lastActiveAt, l[key].lastActiveAt, `${ns} ${key}`);
        const scale = Math.max(1, l[key].quietPeriodValue);
        expect(
          Math.abs(r[key].quietPeriodValue - l[key].quietPeriodValue) / scale,
          `${ns} ${key}`,
        ).toBeLessThan(0.1);
      }
    }
  });

  for (const [name, metrics] of [
    ['Prometheus', () => server],
    ['the in-memory twin', () => twin],
  ] as const) {
    it(`judges every namespace on all its signals (${name})`, async () => {
      const report = await findZombieNamespaces({ metrics: (metrics as () => UsageMetrics)() }, { at: END });
      const verdicts = Object.fromEntries(report.namespaces.map((v) => [v.namespace, v.verdict]));
      expect(verdicts).toEqual({
        'legacy-campaign': 'zombie',
        'quiet-40h': 'active',
        shop: 'active',
        'mesh-only': 'active',
        young: 'insufficient-data',
        'just-deployed': 'active',
      });
      expect(report.excluded).toEqual([{ namespace: 'kube-system', reason: 'system namespace' }]);
      const [zombie] = report.zombies;
      const state = (signal: string) => zombie?.signals.find((s) => s.signal === signal)?.state;
      expect(zombie?.namespace).toBe('legacy-campaign');
      expect(zombie?.quietHours).toBeGreaterThanOrEqual(167);
      expect(state('ingress-nginx')).toBe('quiet');
      expect(state('ingress-istio')).toBe('quiet');
      expect(state('network')).toBe('quiet');
      expect(state('rollout')).toBe('quiet');
      expect(state('namespace-age')).toBe('quiet');
      expect(state('exec')).toBe('unknown');
      const quiet40 = report.namespaces.find((v) => v.namespace === 'quiet-40h');
      const nginx = quiet40?.signals.find((s) => s.signal === 'ingress-nginx');
      expect(nginx?.state).toBe('active');
      expect(quiet40?.quietHours).toBeGreaterThan(39.5);
      expect(quiet40?.quietHours).toBeLessThan(40.5);
      const mesh = report.namespaces.find((v) => v.namespace === 'mesh-only');
      expect(mesh?.signals.filter((s) => s.state === 'active').map((s) => s.signal)).toEqual([
        'ingress-istio',
      ]);
      const deployed = report.namespaces.find((v) => v.namespace === 'just-deployed');
      expect(deployed?.signals.filter((s) => s.state === 'active').map((s) => s.signal)).toEqual(['rollout']);
    });
  }

  it('sees no namespace before its history: no verdict without data', async () => {
    const early: NamespaceActivityReport = await server.namespaceActivity({
      ...WINDOW,
      end: new Date((START - 3600) * 1000),
    });
    expect(early.namespaces.filter((n) => n.historyHours > 0)).toEqual([]);
  });
});
