import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster.ts';
import type { Node, Pod } from '../../resources/types.ts';
import { WORKER_NODES } from '../../scenarios/base-cluster.ts';
import { workerNode } from '../worker-node.ts';
import { NODEGROUP_LABEL, READY_MS, REGISTER_MS, SHUTDOWN_MS } from './node-group.ts';

const VICTIM = WORKER_NODES[1].name;

function start() {
  return createCluster({ scenario: 'healthy', clock: new ManualClock('2026-03-01T12:00:00Z') });
}

const readyOf = (node: Node | undefined) => node?.status?.conditions?.find((c) => c.type === 'Ready')?.status;

describe('NodeGroupController', () => {
  it('describes the base node group with its three instances, labels and provider ids', () => {
    const c = start();
    const group = c.engine.nodeGroups.describe('general-purpose');
    expect(group).toMatchObject({ instanceType: 'm5.xlarge', minSize: 2, desiredSize: 3, maxSize: 6 });
    expect(group?.autoScalingGroupName).toMatch(/^eks-general-purpose-[0-9a-f-]{36}$/);
    expect(group?.instances.map((i) => [i.nodeName, i.providerId, i.lifecycleState])).toEqual(
      WORKER_NODES.map((n) => [n.name, `aws:///${n.zone}/${n.instance}`, 'InService']),
    );
    expect(c.engine.nodeGroups.list().map((g) => g.name)).toEqual(['general-purpose']);
  });

  it('terminates an instance without draining and brings a replacement up, NotReady then Ready', () => {
    const c = start();
    const before = c.state.byIndex<Pod>('pods-by-node', VICTIM).length;
    expect(before).toBeGreaterThan(0);

    const result = c.engine.nodeGroups.terminateInstance(VICTIM, { decrementDesiredCapacity: false });

    expect(result).toMatchObject({
      outcome: 'terminating',
      nodeGroup: 'general-purpose',
      instanceId: WORKER_NODES[1].instance,
      activity: {
        description: `Terminating EC2 instance: ${WORKER_NODES[1].instance}`,
        statusCode: 'InProgress',
      },
    });
    if (result.outcome !== 'terminating') return;
    expect(result.activity.cause).toMatch(/was taken out of service in response to a user request\.$/);
    c.engine.tick(SHUTDOWN_MS - 1_000);
    expect(readyOf(c.state.get<Node>('Node', undefined, VICTIM))).toBe('Unknown');
    c.engine.tick(1_000);
    expect(c.state.get('Node', undefined, VICTIM)).toBeUndefined();
    expect(c.state.get('Lease', 'kube-node-lease', VICTIM)).toBeUndefined();
    expect(c.state.byIndex<Pod>('pods-by-node', VICTIM)).toEqual([]);
    const events = c.state.list('Event').map((e) => e.message);
    expect(events).toContain(`Deleting node ${VICTIM} because it does not exist in the cloud provider`);

    const launching = c.engine.nodeGroups.describe('general-purpose');
    const fresh = launching?.instances.find((i) => i.lifecycleState === 'Pending');
    expect(fresh?.availabilityZone).toBe('eu-west-1b');
    expect(launching?.desiredSize).toBe(3);
    expect(launching?.activities[0]?.description).toBe(`Launching a new EC2 instance: ${fresh?.instanceId}`);
    const name = fresh?.nodeName as string;
    expect(name).toMatch(/^ip-10-0-2-\d+\.eu-west-1\.compute\.internal$/);

    c.engine.tick(REGISTER_MS - 1_000);
    expect(c.state.get('Node', undefined, name)).toBeUndefined();
    c.engine.tick(1_000);
    const registered = c.state.get<Node>('Node', undefined, name);
    expect(readyOf(registered)).toBe('False');
    expect(registered?.metadata.labels).toMatchObject({
      [NODEGROUP_LABEL]: 'general-purpose',
      'node.kubernetes.io/instance-type': 'm5.xlarge',
      'topology.kubernetes.io/zone': 'eu-west-1b',
    });
    expect(registered?.spec.providerID).toBe(`aws:///eu-west-1b/${fresh?.instanceId}`);
    expect(registered?.spec.taints?.map((t) => t.key)).toEqual(['node.kubernetes.io/not-ready']);

    c.engine.tick(READY_MS - REGISTER_MS);
    const ready = c.state.get<Node>('Node', undefined, name);
    expect(readyOf(ready)).toBe('True');
    expect(ready?.spec.taints).toBeUndefined();
    expect(c.engine.nodeGroups.describe('general-purpose')?.instances.map((i) => i.lifecycleState)).toEqual([
      'InService',
      'InService',
      'InService',
    ]);
    c.engine.tick(60_000);
    // The daemon pods run on the fresh node; evicted workloads were recreated elsewhere.
    const daemons = c.state.byIndex<Pod>('pods-by-node', name);
    expect(daemons.map((p) => p.metadata.name.replace(/-[a-z0-9]+$/, '')).sort()).toEqual([
      'aws-node',
      'kube-proxy',
    ]);
    expect(daemons.every((p) => p.status?.phase === 'Running')).toBe(true);
  });

  it('refuses a self-managed node, an unknown one, a second termination and going below the minimum', () => {
    const c = start();
    const selfManaged = workerNode(
      {
        name: 'ip-10-0-1-200.eu-west-1.compute.internal',
        ip: '10.0.1.200',
        zone: 'eu-west-1a',
        instance: 'i-0ffee0000000000c8',
      },
      { heartbeat: c.state.timestamp() },
    );
    delete (selfManaged.metadata.labels as Record<string, string>)[NODEGROUP_LABEL];
    c.state.create('Node', selfManaged as unknown as Node);
    c.engine.settle();
    const groups = c.engine.nodeGroups;

    expect(
      groups.terminateInstance(selfManaged.metadata.name, { decrementDesiredCapacity: false }),
    ).toMatchObject({
      outcome: 'refused',
      reason: 'not-in-node-group',
    });
    expect(
      groups.terminateInstance('ip-10-9-9-9.eu-west-1.compute.internal', { decrementDesiredCapacity: false }),
    ).toMatchObject({
      outcome: 'refused',
      reason: 'not-found',
    });
    expect(c.state.get('Node', undefined, selfManaged.metadata.name)).toBeDefined();

    expect(
      groups.terminateInstance(WORKER_NODES[0].instance, { decrementDesiredCapacity: true }).outcome,
    ).toBe('terminating');
    expect(groups.describe('general-purpose')?.desiredSize).toBe(2);
    expect(groups.terminateInstance(WORKER_NODES[0].name, { decrementDesiredCapacity: false })).toMatchObject(
      {
        outcome: 'refused',
        reason: 'already-terminating',
      },
    );
    expect(groups.terminateInstance(WORKER_NODES[2].name, { decrementDesiredCapacity: true })).toMatchObject({
      outcome: 'refused',
      reason: 'min-size',
      message: expect.stringContaining("will violate group's min size constraint"),
    });
    c.engine.tick(10 * 60_000);
    // Decremented: no replacement.
    expect(groups.describe('general-purpose')?.instances).toHaveLength(2);
    expect(c.state.list<Node>('Node').filter((n) => n.metadata.labels?.[NODEGROUP_LABEL])).toHaveLength(2);
  });
});
