import { describe, expect, it } from 'vitest';
import { rightsizeCluster } from '../rightsize/rightsize-cluster.ts';
import { findZombieNamespaces } from '../zombies/find-zombies.ts';
import {
  EmbeddedUsageMetrics,
  type EmbeddedUsageSource,
  type EmbeddedWorkload,
} from './embedded-usage-metrics.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const MI = 1024 * 1024;

const workload = (namespace: string, name: string, shape: EmbeddedWorkload['shape']): EmbeddedWorkload => ({
  ref: { namespace, workload: name, kind: 'Deployment', container: name },
  current: { cpuRequestCores: 0.5, memoryRequestBytes: 512 * MI, memoryLimitBytes: 1024 * MI },
  replicas: 2,
  shape,
});

const source: EmbeddedUsageSource = {
  workloads: async () => [
    workload('shop', 'checkout', 'diurnal'),
    workload('shop', 'search', 'leak'),
    workload('marketing', 'site', 'idle'),
  ],
  namespaces: async () => [
    { namespace: 'shop', createdAt: new Date(NOW.getTime() - 90 * DAY), replicaSetsCreated: [], pods: 4 },
    {
      namespace: 'marketing',
      createdAt: new Date(NOW.getTime() - 60 * DAY),
      idleSince: new Date(NOW.getTime() - 21 * DAY),
      replicaSetsCreated: [new Date(NOW.getTime() - 40 * DAY)],
      pods: 2,
    },
  ],
  autoscalers: async () => [],
};

const metrics = () =>
  new EmbeddedUsageMetrics(source, { seed: 1, historyStart: new Date(NOW.getTime() - 8 * DAY) });
const WEEK = { end: NOW, windowSeconds: 7 * 86_400 };

describe('EmbeddedUsageMetrics', () => {
  it('has a full week of history at start and recommends from it like from Prometheus', async () => {
    const report = await rightsizeCluster({ metrics: metrics() }, { window: WEEK });
    const rec = (name: string) => report.recommendations.find((r) => r.ref.workload === name);
    expect(report.recommendations.every((r) => r.evidence.historyHours === 168)).toBe(true);
    expect(rec('checkout')?.action).toBe('resize');
    expect(rec('site')?.action).toBe('resize');
    expect(rec('site')?.monthlySavingsUsd).toBeGreaterThan(0);
    expect(rec('search')?.reasons.join(' ')).toContain('possible leak');
  });

  it('is deterministic for a seed and continues the same history as the clock moves', async () => {
    const a = await metrics().containerUsage(WEEK);
    const b = await metrics().containerUsage(WEEK);
    expect(a).toEqual(b);
    const later = await metrics().containerUsage({
      end: new Date(NOW.getTime() + 3_600_000),
      windowSeconds: 7 * 86_400,
    });
    const hourly = (u: typeof a, name: string) =>
      u.find((x) => x.ref.workload === name)?.profile.hourly.memoryMax;
    expect(hourly(later, 'checkout')?.slice(0, 167)).toEqual(hourly(a, 'checkout')?.slice(1));
  });

  it('makes the idle namespace a zombie and keeps the live one', async () => {
    const report = await findZombieNamespaces({ metrics: metrics() }, { at: NOW });
    expect(report.namespaces.map((v) => [v.namespace, v.verdict])).toEqual([
      ['marketing', 'zombie'],
      ['shop', 'active'],
    ]);
  });
});
