import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster.ts';
import type { Deployment, Pod } from '../resources/types.ts';

describe('generateCluster', () => {
  it('builds namespaces × pods of Running, owned pods that the controllers leave alone', () => {
    const c = createCluster({
      scenario: 'healthy',
      clock: new ManualClock('2026-03-01T12:00:00Z'),
      generate: { namespaces: 20, podsPerNamespace: 55 },
    });
    const generated = c.state.list<Pod>('Pod').filter((p) => p.metadata.namespace?.startsWith('team-'));
    expect(generated).toHaveLength(20 * 55);
    expect(
      generated.every((p) => p.status?.phase === 'Running' && p.status.containerStatuses?.[0]?.ready),
    ).toBe(true);
    expect(generated.every((p) => p.metadata.ownerReferences?.[0]?.kind === 'ReplicaSet')).toBe(true);
    const deployments = c.state.list<Deployment>('Deployment', 'team-0007');
    expect(deployments.map((d) => d.spec.replicas)).toEqual([10, 10, 10, 10, 10, 5]);
    expect(
      deployments.every(
        (d) => (d.status as { availableReplicas?: number }).availableReplicas === d.spec.replicas,
      ),
    ).toBe(true);
    const nodes = c.state.list('Node').filter((n) => n.metadata.name.startsWith('ip-10-1-'));
    expect(nodes).toHaveLength(11);

    // Nothing to do for the controllers and kubelets: only node heartbeats are written.
    const versions = () =>
      ['Pod', 'ReplicaSet', 'Deployment'].flatMap((kind) =>
        c.state.list(kind).map((o) => `${o.metadata.name}@${o.metadata.resourceVersion}`),
      );
    const before = versions();
    c.engine.tick(10 * 60_000);
    expect(versions()).toEqual(before);
  });

  it('is reproducible for a seed', () => {
    const names = (seed: number) =>
      createCluster({
        scenario: 'healthy',
        clock: new ManualClock('2026-03-01T12:00:00Z'),
        seed,
        generate: { namespaces: 2, podsPerNamespace: 5 },
      })
        .state.list<Pod>('Pod', 'team-0002')
        .map((p) => p.metadata.name);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  });
});
