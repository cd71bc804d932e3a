import { type Incident, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { createCatalogDiagnoser, reconcilerOf } from './catalog-diagnoser.ts';

const clock = new ManualClock('2026-11-27T03:00:00Z');

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
    signal: 'OOMKilled',
    status: 'detected',
    mode: 'auto',
    title: 'order-service OOMKilled in shop',
    sources: ['monitor'],
    fingerprints: [],
    openedAt: clock.now().toISOString(),
    updatedAt: clock.now().toISOString(),
    plan: [],
    actions: [],
    notes: [],
    timeline: [],
    threads: {},
    occurrence: 1,
    version: 0,
    ...overrides,
  };
}

function clusterWith(labels: Record<string, string> = {}, log?: string) {
  const fixture = deploymentFixture({
    namespace: 'shop',
    name: 'order-service',
    crash: { reason: 'OOMKilled', exitCode: 137 },
    labels,
  });
  const pod = fixture.pods[0]?.metadata?.name ?? '';
  return new InMemoryCluster('prod', { logs: log ? { [`shop/${pod}`]: { previous: log } } : {} }).addWorkload(
    fixture,
  );
}

describe('createCatalogDiagnoser', () => {
  it('diagnoses an OOMKilled container from the cluster and proposes raising its memory limit', async () => {
    const cluster = clusterWith();
    const result = await createCatalogDiagnoser({ clock }).diagnose(cluster, incident(), async () => []);

    expect(result.diagnosis.category).toBe('memory');
    expect(result.actions[0]).toMatchObject({ kind: 'raise-memory-limit' });
    expect(result.container).toBe('app');
    expect(result.managedBy).toBeUndefined();
  });

  it('flags workloads that Argo CD or Flux reconcile, since a direct fix would be reverted', async () => {
    const argo = await createCatalogDiagnoser({ clock }).diagnose(
      clusterWith({ 'argocd.argoproj.io/instance': 'shop' }),
      incident(),
      async () => [],
    );
    const flux = await createCatalogDiagnoser({ clock }).diagnose(
      clusterWith({ 'kustomize.toolkit.fluxcd.io/name': 'apps' }),
      incident(),
      async () => [],
    );
    expect(argo.managedBy).toBe('Argo CD');
    expect(flux.managedBy).toBe('Flux');
  });

  it('redacts secrets from the evidence and the log excerpt it hands on', async () => {
    const log =
      'connecting to postgres://orders:hunter2hunter2@db:5432/orders\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory';
    const result = await createCatalogDiagnoser({ clock }).diagnose(
      clusterWith({}, log),
      incident(),
      async () => [],
    );
    expect(result.logExcerpt).not.toContain('hunter2');
    expect(result.evidence).not.toContain('hunter2');
  });
});

describe('createCatalogDiagnoser with incident memory', () => {
  const recalled = (succeeded: number, failed: number) => ({
    id: 'mem-1',
    score: 0.9,
    at: '2026-01-01T00:00:00Z',
    diagnosis: 'the heap is too small for the export job',
    action: { kind: 'raise-memory-limit' as const, percent: 20 },
    description: 'raising the memory limit by 20%',
    succeeded,
    failed,
  });

  it('keeps a fix that worked before for the same problem first', async () => {
    const result = await createCatalogDiagnoser({ clock }).diagnose(clusterWith(), incident(), async () => [
      recalled(3, 1),
    ]);
    expect(result.actions[0]).toMatchObject({ kind: 'raise-memory-limit' });
    expect(result.diagnosis.source).toContain('memory:mem-1');
    expect(result.recalled.map((r) => r.id)).toEqual(['mem-1']);
  });

  it('never chooses a fix that failed more often than it worked', async () => {
    const result = await createCatalogDiagnoser({ clock }).diagnose(clusterWith(), incident(), async () => [
      recalled(1, 2),
    ]);
    expect(result.actions.some((a) => a.kind === 'raise-memory-limit')).toBe(false);
  });

  it('only chooses allowed actions', async () => {
    const result = await createCatalogDiagnoser({ clock, allowedActions: ['escalate'] }).diagnose(
      clusterWith(),
      incident(),
      async () => [],
    );
    expect(result.actions.every((a) => a.kind === 'escalate')).toBe(true);
  });
});

describe('reconcilerOf', () => {
  it('knows Argo CD by its annotation and by its default tracking label on objects Helm did not install', () => {
    expect(
      reconcilerOf({ annotations: { 'argocd.argoproj.io/tracking-id': 'shop:apps/Deployment:shop/web' } }),
    ).toBe('Argo CD');
    expect(reconcilerOf({ labels: { 'app.kubernetes.io/instance': 'shop' } })).toBe('Argo CD');
    expect(
      reconcilerOf({
        labels: { 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'Helm' },
        annotations: { 'meta.helm.sh/release-name': 'shop' },
      }),
    ).toBeUndefined();
  });

  it('knows Flux and operators, and leaves plain workloads alone', () => {
    expect(reconcilerOf({ labels: { 'kustomize.toolkit.fluxcd.io/name': 'apps' } })).toBe('Flux');
    expect(reconcilerOf({ ownerReferences: [{ kind: 'Prometheus' }] })).toBe('an operator');
    expect(reconcilerOf({ labels: { app: 'web' } })).toBeUndefined();
  });
});
