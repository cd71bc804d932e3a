import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../../cluster.ts';
import type { KubeObject, Pod } from '../../resources/types.ts';
import { daemonSet, namespace, statefulSet } from '../../scenarios/builders.ts';

const WRITE = { dryRun: false };

function lab(objects: ReturnType<typeof namespace>[]): Cluster {
  return createCluster({
    scenario: {
      name: 'lab',
      description: 'controllers',
      namespace: 'lab',
      workload: 'x',
      expectedFix: 'none',
      historyMinutes: 0,
      objects: [namespace('lab'), ...objects],
    },
    clock: new ManualClock('2026-05-01T00:00:00Z'),
  });
}

const podNames = (c: Cluster, prefix: string) =>
  c.state
    .list<Pod>('Pod', 'lab')
    .filter((p) => p.metadata.name.startsWith(prefix))
    .map((p) => p.metadata.name)
    .sort();

describe('StatefulSet controller', () => {
  it('creates ordinals in order, waits for readiness, rolls updates and scales down from the top', () => {
    const c = lab([
      statefulSet({ name: 'db', namespace: 'lab', image: 'postgres:16.4', replicas: 3, serviceName: 'db' }),
    ]);
    expect(podNames(c, 'db-')).toEqual(['db-0']);
    c.engine.tick(5_000);
    expect(podNames(c, 'db-')).toEqual(['db-0', 'db-1']);
    c.engine.tick(10_000);
    expect(podNames(c, 'db-')).toEqual(['db-0', 'db-1', 'db-2']);
    const sts = c.state.get('StatefulSet', 'lab', 'db') as KubeObject;
    expect(sts.status).toMatchObject({ replicas: 3, readyReplicas: 3 });

    c.api.patch(
      c.registry.byKind('StatefulSet'),
      'lab',
      'db',
      JSON.stringify({
        spec: { template: { spec: { containers: [{ name: 'db', image: 'postgres:16.5' }] } } },
      }),
      'application/strategic-merge-patch+json',
      WRITE,
    );
    c.engine.tick(60_000);
    const images = c.state.list<Pod>('Pod', 'lab').map((p) => p.spec.containers[0]?.image);
    expect(images).toEqual(['postgres:16.5', 'postgres:16.5', 'postgres:16.5']);

    c.api.patch(
      c.registry.byKind('StatefulSet'),
      'lab',
      'db',
      JSON.stringify({ spec: { replicas: 1 } }),
      'application/merge-patch+json',
      WRITE,
    );
    expect(podNames(c, 'db-')).toEqual(['db-0']);
  });
});

describe('DaemonSet controller', () => {
  it('runs one pod per node and replaces outdated pods one at a time', () => {
    const c = lab([daemonSet({ name: 'agent', namespace: 'lab', image: 'fluent-bit:3.1' })]);
    const nodes = () =>
      c.state
        .list<Pod>('Pod', 'lab')
        .map((p) => p.spec.nodeName)
        .sort();
    expect(nodes()).toEqual(
      c.state
        .list('Node')
        .map((n) => n.metadata.name)
        .sort(),
    );
    c.api.patch(
      c.registry.byKind('DaemonSet'),
      'lab',
      'agent',
      JSON.stringify({
        spec: { template: { spec: { containers: [{ name: 'agent', image: 'fluent-bit:3.2' }] } } },
      }),
      'application/strategic-merge-patch+json',
      WRITE,
    );
    c.engine.tick(30_000);
    expect(c.state.list<Pod>('Pod', 'lab').map((p) => p.spec.containers[0]?.image)).toEqual([
      'fluent-bit:3.2',
      'fluent-bit:3.2',
      'fluent-bit:3.2',
    ]);
    const ds = c.state.get('DaemonSet', 'lab', 'agent') as KubeObject;
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 3, numberReady: 3, updatedNumberScheduled: 3 });
  });
});

describe('Job controller', () => {
  it('runs a job to completion', () => {
    const c = lab([]);
    c.api.create(
      c.registry.byKind('Job'),
      'lab',
      {
        metadata: { name: 'migrate' },
        spec: {
          template: {
            spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'flyway:10' }] },
          },
        },
      },
      WRITE,
    );
    c.engine.tick(30_000);
    const job = c.state.get('Job', 'lab', 'migrate') as KubeObject & {
      status: { succeeded?: number; conditions?: { type: string }[] };
    };
    expect(job.status.succeeded).toBe(1);
    expect(job.status.conditions?.map((x) => x.type)).toContain('Complete');
    expect(c.state.list<Pod>('Pod', 'lab')[0]?.status?.phase).toBe('Succeeded');
  });
});

describe('Scheduler', () => {
  it('leaves a pod Pending with FailedScheduling when nothing fits, and binds it once something does', () => {
    const c = lab([]);
    const pod = (cpu: string) => ({
      metadata: { name: 'big' },
      spec: { containers: [{ name: 'big', image: 'big:1', resources: { requests: { cpu } } }] },
    });
    c.api.create(c.registry.byKind('Pod'), 'lab', pod('64'), WRITE);
    const created = c.state.get<Pod>('Pod', 'lab', 'big') as Pod;
    expect(created.spec.nodeName).toBeUndefined();
    expect(created.status?.conditions?.find((x) => x.type === 'PodScheduled')).toMatchObject({
      status: 'False',
      reason: 'Unschedulable',
    });
    const event = c.state.list('Event', 'lab').find((e) => e.reason === 'FailedScheduling');
    expect(event?.message).toBe(
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    c.api.delete(c.registry.byKind('Pod'), 'lab', 'big', undefined, WRITE);
    c.api.create(c.registry.byKind('Pod'), 'lab', pod('1'), WRITE);
    expect(c.state.get<Pod>('Pod', 'lab', 'big')?.status?.phase).toBe('Running');
  });
});
