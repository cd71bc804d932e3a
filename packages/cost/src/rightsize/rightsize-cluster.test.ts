import { describe, expect, it } from 'vitest';
import { InMemoryUsageMetrics, syntheticWorkload } from '../testing/index.ts';
import { rightsizeJson } from './report-json.ts';
import { rightsizeTable } from './report-table.ts';
import { rightsizeCluster } from './rightsize-cluster.ts';

const START = 1_767_225_600;
const container = (archetype: 'steady' | 'leak', seed: number, namespace: string) => {
  const w = syntheticWorkload({ archetype, seed, startEpochSeconds: START, namespace });
  return { ref: w.ref, current: w.current, replicas: 3, series: w.week(0) };
};

describe('rightsizeCluster', () => {
  const metrics = new InMemoryUsageMetrics(
    [container('steady', 1, 'shop'), container('steady', 2, 'shop'), container('leak', 1, 'jobs')],
    [
      {
        namespace: 'shop',
        name: 'steady-2',
        target: { kind: 'Deployment', name: 'steady-2' },
        resourceMetrics: ['memory'],
        managedBy: 'hpa',
      },
    ],
  );
  const window = { end: new Date((START + 7 * 86_400) * 1000), windowSeconds: 7 * 86_400 };

  it('adds up the savings of every resized container per namespace and workload', async () => {
    const report = await rightsizeCluster({ metrics }, { window });
    expect(report.recommendations.map((r) => r.ref.workload)).toEqual(['steady-1', 'steady-2', 'leak-1']);
    const saved = report.recommendations.reduce((sum, r) => sum + r.monthlySavingsUsd, 0);
    expect(report.totals.monthlySavingsUsd).toBeCloseTo(saved, 6);
    expect(report.totals.byNamespace.shop).toBeCloseTo(
      (report.recommendations[0]?.monthlySavingsUsd ?? 0) +
        (report.recommendations[1]?.monthlySavingsUsd ?? 0),
      6,
    );
    expect(report.totals.byWorkload['jobs/Deployment/leak-1']).toBeCloseTo(
      report.recommendations[2]?.monthlySavingsUsd ?? 0,
      6,
    );
    // The memory an HPA scales on is left alone; the CPU is not.
    const hpa = report.recommendations[1];
    expect(hpa?.recommended.memoryRequestBytes).toBe(hpa?.current.memoryRequestBytes);
    expect(hpa?.recommended.cpuRequestCores).not.toBe(hpa?.current.cpuRequestCores);
  });

  it('reports one namespace with quantities, a patch and a readable table', async () => {
    const report = await rightsizeCluster({ metrics }, { window: { ...window, namespace: 'jobs' } });
    const json = rightsizeJson(report);
    expect(json.recommendations).toHaveLength(1);
    expect(json.recommendations[0]).toMatchObject({
      namespace: 'jobs',
      workload: 'leak-1',
      kind: 'Deployment',
      action: 'resize',
    });
    expect(json.recommendations[0]?.current.memoryLimit).toMatch(/^\d+(Mi|Gi)$/);
    expect(json.window).toEqual({ end: '2026-01-08T00:00:00.000Z', seconds: 604_800, namespace: 'jobs' });
    const table = rightsizeTable(report);
    expect(table.split('\n')[1]).toMatch(/^jobs\/leak-1\/app\s+resize\s+\d+m → \d+m/);
    expect(table).toContain('possible leak');
  });
});
