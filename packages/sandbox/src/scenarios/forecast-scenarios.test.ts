import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../cluster.ts';
import type { Pod } from '../resources/types.ts';
import { MEMORY_CREEP, MEMORY_CREEP_HISTORY_MINUTES } from './memory-creep.ts';
import { VOLUME_FILLING } from './volume-filling.ts';

const MINUTE = 60_000;
const MI = 1024 * 1024;

function start(scenario: string): Cluster {
  return createCluster({ scenario, clock: new ManualClock('2026-03-01T12:00:00Z') });
}

function recommenders(c: Cluster): Pod[] {
  return c.state
    .list<Pod>('Pod', 'storefront')
    .filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === 'recommender');
}

const oomKilled = (c: Cluster) =>
  recommenders(c).filter((p) =>
    (p.status?.containerStatuses ?? []).some((s) => s.lastState.terminated?.reason === 'OOMKilled'),
  );

describe('scenario memory-creep', () => {
  it('records a working set that creeps towards the limit over the replayed hours', () => {
    const c = start('memory-creep');
    const now = c.engine.now();
    const series = c.engine.usage
      .containerMemory({ fromMs: now - 6 * 60 * MINUTE, toMs: now, stepMs: MINUTE, namespace: 'storefront' })
      .filter((s) => s.workload?.name === 'recommender');
    expect(series).toHaveLength(2);
    for (const s of series) {
      expect(s.workload).toEqual({ kind: 'Deployment', name: 'recommender' });
      expect(s.container).toBe('recommender');
      expect(s.limitBytes).toBe(MEMORY_CREEP.limitMi * MI);
      const first = s.samples[0];
      const last = s.samples.at(-1);
      expect((now - (first?.atMs ?? now)) / MINUTE).toBeGreaterThanOrEqual(MEMORY_CREEP_HISTORY_MINUTES - 2);
      const risePerHour =
        ((last?.bytes ?? 0) - (first?.bytes ?? 0)) /
        MI /
        (((last?.atMs ?? 0) - (first?.atMs ?? 0)) / 3_600_000);
      expect(risePerHour).toBeGreaterThan(MEMORY_CREEP.miPerHour * 0.9);
      expect(risePerHour).toBeLessThan(MEMORY_CREEP.miPerHour * 1.1);
      expect((last?.bytes ?? 0) / MI).toBeLessThan(MEMORY_CREEP.limitMi);
    }
  });

  it('is healthy at start and OOMKills both replicas about 110 minutes later', () => {
    const c = start('memory-creep');
    expect(recommenders(c).every((p) => p.status?.containerStatuses?.[0]?.ready)).toBe(true);
    c.engine.tick(100 * MINUTE);
    expect(oomKilled(c)).toHaveLength(0);
    c.engine.tick(15 * MINUTE);
    expect(oomKilled(c)).toHaveLength(2);
  });

  it('never OOMKills once the limit is raised by 20%', () => {
    const c = start('memory-creep');
    c.api.patch(
      c.registry.byKind('Deployment'),
      'storefront',
      'recommender',
      JSON.stringify({
        spec: {
          template: {
            spec: { containers: [{ name: 'recommender', resources: { limits: { memory: '614Mi' } } }] },
          },
        },
      }),
      'application/strategic-merge-patch+json',
      { dryRun: false },
    );
    c.engine.tick(12 * 60 * MINUTE);
    const pods = recommenders(c);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.status?.containerStatuses?.[0]?.restartCount === 0)).toBe(true);
    const now = c.engine.now();
    const settled = c.engine.usage
      .containerMemory({ fromMs: now - MINUTE, toMs: now, stepMs: MINUTE, namespace: 'storefront' })
      .filter((s) => s.workload?.name === 'recommender');
    for (const s of settled) {
      expect(s.limitBytes).toBe(614 * MI);
      expect((s.samples.at(-1)?.bytes ?? 0) / MI).toBeCloseTo(MEMORY_CREEP.settlesAtMi, -1);
    }
  });
});

describe('scenario volume-filling', () => {
  it('binds a claim per StatefulSet pod and records its use filling towards capacity', () => {
    const c = start('volume-filling');
    const pvc = c.state.get('PersistentVolumeClaim', 'payments', 'data-ledger-store-0') as
      | { status?: { phase?: string; capacity?: { storage?: string } } }
      | undefined;
    expect(pvc?.status).toMatchObject({ phase: 'Bound', capacity: { storage: '20Gi' } });
    const pod = c.state.get<Pod>('Pod', 'payments', 'ledger-store-0');
    expect(pod?.spec.volumes?.find((v) => v.name === 'data')?.persistentVolumeClaim?.claimName).toBe(
      'data-ledger-store-0',
    );
    const now = c.engine.now();
    const [volume] = c.engine.usage.volumeUsage({ fromMs: now - 6 * 60 * MINUTE, toMs: now, stepMs: MINUTE });
    expect(volume?.claim).toBe('data-ledger-store-0');
    expect(volume?.capacityBytes).toBe(VOLUME_FILLING.capacityGi * 1024 * MI);
    const used = (volume?.samples.at(-1)?.usedBytes ?? 0) / MI;
    expect(used).toBeCloseTo(VOLUME_FILLING.initialMi + VOLUME_FILLING.miPerHour * 2.5, -1);
    c.engine.tick(8 * 60 * MINUTE);
    const later = c.engine.usage.volumeUsage({
      fromMs: c.engine.now() - MINUTE,
      toMs: c.engine.now(),
      stepMs: MINUTE,
    });
    expect(later[0]?.samples.at(-1)?.usedBytes).toBe(VOLUME_FILLING.capacityGi * 1024 * MI);
  });
});
