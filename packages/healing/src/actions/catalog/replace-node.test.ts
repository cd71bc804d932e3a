import { ConfigSchema } from '@sre-agent/core';
import type { Node, Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import type { NodeGroupState } from '../../node-groups.ts';
import { InMemoryCluster, InMemoryNodeGroups } from '../../testing/index.ts';
import { nodeReplacementStatus } from '../../verify/node-replaced.ts';
import { bindCatalogAction, runCatalogAction } from '../run-action.ts';
import type { ActionTarget } from '../spec.ts';

const DEAD = 'ip-10-0-2-208.eu-west-1.compute.internal';
const PEER = 'ip-10-0-1-142.eu-west-1.compute.internal';
const DEAD_INSTANCE = 'i-0e5f6a7b8c9d00208';
const PEER_INSTANCE = 'i-0d4e5f6a7b8c90142';
const ASG = 'eks-batch-c6i-2ac9b8d1-5c3e-4a8f-9b1d-0f6e3a7c2d41';
const config = ConfigSchema.parse({ clusters: [{ name: 'prod', inCluster: true, nodes: 'auto' }] });
const incident: ActionTarget = {
  target: { cluster: 'prod', namespace: '', kind: 'Node', name: DEAD },
  signal: 'NodeNotReady',
};
const ACTION = { kind: 'replace-node' } as const;

function node(
  name: string,
  instance: string,
  options: {
    ready?: boolean;
    cordoned?: boolean;
    group?: string | null;
    labels?: Record<string, string>;
  } = {},
): Node {
  const group = options.group === undefined ? 'batch-c6i' : options.group;
  return {
    metadata: {
      name,
      uid: `uid-${name}`,
      labels: { ...(group ? { 'eks.amazonaws.com/nodegroup': group } : {}), ...options.labels },
    },
    spec: {
      providerID: `aws:///eu-west-1b/${instance}`,
      ...(options.cordoned ? { unschedulable: true } : {}),
      taints: [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }],
    },
    status: {
      allocatable: { cpu: '7910m', memory: '15Gi' },
      conditions: [{ type: 'Ready', status: options.ready ? 'True' : 'Unknown' }],
    },
  };
}

function pod(
  name: string,
  options: { node?: string; cpu?: string; owner?: string; phase?: string } = {},
): Pod {
  return {
    metadata: {
      namespace: 'media',
      name,
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: options.owner ?? 'ReplicaSet', name: 'x', uid: 'u', controller: true },
      ],
    },
    spec: {
      ...(options.node ? { nodeName: options.node } : {}),
      nodeSelector: { 'eks.amazonaws.com/nodegroup': 'batch-c6i' },
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'batch', effect: 'NoSchedule' }],
      containers: [{ name: 'app', resources: { requests: { cpu: options.cpu ?? '1500m', memory: '2Gi' } } }],
    },
    status: { phase: options.phase ?? (options.node ? 'Running' : 'Pending') },
  };
}

function group(overrides: Partial<NodeGroupState> = {}): NodeGroupState {
  return {
    name: 'batch-c6i',
    autoScalingGroupName: ASG,
    minSize: 2,
    desiredCapacity: 2,
    maxSize: 4,
    instances: [
      { instanceId: PEER_INSTANCE, lifecycleState: 'InService' },
      { instanceId: DEAD_INSTANCE, lifecycleState: 'InService' },
    ],
    ...overrides,
  };
}

/** A drained dead node: cordoned, NotReady, its evicted pods Pending and fitting on the peer. */
function setup(options: { deadNode?: Node; pods?: Pod[]; group?: NodeGroupState } = {}) {
  const cluster = new InMemoryCluster('prod', {
    nodes: [
      options.deadNode ?? node(DEAD, DEAD_INSTANCE, { cordoned: true }),
      node(PEER, PEER_INSTANCE, { ready: true }),
    ],
    pods: options.pods ?? [pod('transcoder-a', { node: PEER }), pod('transcoder-b'), pod('transcoder-c')],
  });
  const nodeGroups = new InMemoryNodeGroups([options.group ?? group()]);
  const deps = { reader: cluster, writer: cluster, config, nodeGroups };
  return { cluster, nodeGroups, deps };
}

async function refusal(setupOptions: Parameters<typeof setup>[0], target = incident) {
  const { deps } = setup(setupOptions);
  const bound = await bindCatalogAction(ACTION, target, deps);
  expect(bound.kind).toBe('refused');
  return bound.kind === 'refused' ? bound.reason : '';
}

describe('replace-node', () => {
  it('binds a drained dead node to its own instance and group, under the cluster node policy', async () => {
    const { deps } = setup();

    const bound = await bindCatalogAction(ACTION, incident, deps);

    expect(bound).toEqual({
      kind: 'bound',
      binding: {
        node: DEAD,
        uid: `uid-${DEAD}`,
        instanceId: DEAD_INSTANCE,
        nodeGroup: 'batch-c6i',
        autoScalingGroupName: ASG,
      },
      scope: { kind: 'nodes' },
      summary: `replace node ${DEAD}: terminate instance ${DEAD_INSTANCE} in node group batch-c6i, keeping its desired capacity of 2`,
    });
  });

  it('refuses an incident whose target is not a node', async () => {
    const reason = await refusal({}, { ...incident, target: { ...incident.target, kind: 'Deployment' } });
    expect(reason).toBe('only a node incident replaces its node');
  });

  it('refuses when the cluster has no node group integration', async () => {
    const { cluster } = setup();
    const bound = await bindCatalogAction(ACTION, incident, { reader: cluster, config });
    expect(bound).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('no node group integration'),
    });
  });

  it('refuses a Ready node', async () => {
    const reason = await refusal({ deadNode: node(DEAD, DEAD_INSTANCE, { cordoned: true, ready: true }) });
    expect(reason).toContain('is Ready');
  });

  it('refuses a node that is not cordoned: the agent drains first', async () => {
    const reason = await refusal({ deadNode: node(DEAD, DEAD_INSTANCE) });
    expect(reason).toContain('is not cordoned');
  });

  it('refuses a control-plane node', async () => {
    const deadNode = node(DEAD, DEAD_INSTANCE, {
      cordoned: true,
      labels: { 'node-role.kubernetes.io/control-plane': '' },
    });
    expect(await refusal({ deadNode })).toContain('control-plane');
  });

  it('refuses a node no group manages (self-managed): it is escalated, never terminated', async () => {
    const reason = await refusal({
      group: group({ instances: [{ instanceId: PEER_INSTANCE, lifecycleState: 'InService' }] }),
    });
    expect(reason).toContain('is not managed by a node group');
  });

  it('refuses a node whose label names another group than the one its instance belongs to', async () => {
    const reason = await refusal({ deadNode: node(DEAD, DEAD_INSTANCE, { cordoned: true, group: null }) });
    expect(reason).toContain('is labelled node group (none)');
  });

  it('refuses while another instance of the group is not InService: one node at a time', async () => {
    const reason = await refusal({
      group: group({
        instances: [
          { instanceId: PEER_INSTANCE, lifecycleState: 'Pending' },
          { instanceId: DEAD_INSTANCE, lifecycleState: 'InService' },
        ],
      }),
    });
    expect(reason).toBe(
      `the group is not settled: ${PEER_INSTANCE} (Pending); one node is replaced at a time`,
    );
  });

  it('refuses while the group is below its desired capacity: a launch is still due', async () => {
    const reason = await refusal({ group: group({ desiredCapacity: 3 }) });
    expect(reason).toBe(
      'the group runs 2 of its desired 3 instances: a launch is still due; one node is replaced at a time',
    );
  });

  it('refuses a group at its maxSize', async () => {
    expect(await refusal({ group: group({ maxSize: 2 }) })).toContain('at its maxSize (2)');
  });

  it('refuses while work is still bound to the node, but not for DaemonSet or finished pods', async () => {
    const reason = await refusal({
      pods: [
        pod('stuck', { node: DEAD }),
        pod('aws-node-x', { node: DEAD, owner: 'DaemonSet' }),
        pod('done', { node: DEAD, phase: 'Succeeded' }),
      ],
    });
    expect(reason).toBe(
      `1 pods are still bound to node ${DEAD} (media/stuck): terminating its instance would lose them; drain it first`,
    );
  });

  it("refuses when the evicted pods find no room on the group's other Ready nodes", async () => {
    // The peer (7910m) runs 3 × 1500m; two more 1500m pods fit, a third does not.
    const pods = [
      ...['a', 'b', 'c'].map((n) => pod(`running-${n}`, { node: PEER })),
      ...['d', 'e', 'f'].map((n) => pod(`pending-${n}`)),
    ];
    const reason = await refusal({ pods });
    expect(reason).toMatch(/^1 pending pods that node group batch-c6i must run find no room/);
  });

  it('ignores pending pods this node group could not run anyway', async () => {
    const huge = pod('web', { cpu: '64' });
    const elsewhere: Pod = {
      ...huge,
      spec: { ...huge.spec, containers: huge.spec?.containers ?? [], nodeSelector: { pool: 'web' } },
    };
    const { deps } = setup({ pods: [elsewhere] });
    expect((await bindCatalogAction(ACTION, incident, deps)).kind).toBe('bound');
  });

  it('terminates the bound instance keeping the desired capacity, after a dry run', async () => {
    const { deps, nodeGroups } = setup();
    const bound = await bindCatalogAction(ACTION, incident, deps);

    const run = await runCatalogAction(ACTION, bound.kind === 'bound' ? bound.binding : {}, incident, deps);

    expect(run.dryRun).toMatchObject({ kind: 'applied', dryRun: true });
    expect(run.applied).toMatchObject({ kind: 'applied', dryRun: false });
    expect(nodeGroups.dryRuns).toEqual([DEAD_INSTANCE]);
    expect(nodeGroups.terminations).toEqual([DEAD_INSTANCE]);
  });

  it('re-checks before the write: a node replaced since binding (another uid) is not terminated', async () => {
    const { deps, cluster, nodeGroups } = setup();
    const bound = await bindCatalogAction(ACTION, incident, deps);
    const live = cluster.objects.nodes[0] as Node;
    live.metadata = { ...live.metadata, uid: 'uid-new' };

    const run = await runCatalogAction(ACTION, bound.kind === 'bound' ? bound.binding : {}, incident, deps);

    expect(run.dryRun).toEqual({
      kind: 'precondition-failed',
      reason: `node ${DEAD} was replaced since the action was bound (another uid)`,
    });
    expect(nodeGroups.terminations).toEqual([]);
  });

  it('re-checks before the write: a node that came back Ready is not terminated', async () => {
    const { deps, cluster, nodeGroups } = setup();
    const bound = await bindCatalogAction(ACTION, incident, deps);
    cluster.objects.nodes[0] = node(DEAD, DEAD_INSTANCE, { cordoned: true, ready: true });

    const run = await runCatalogAction(ACTION, bound.kind === 'bound' ? bound.binding : {}, incident, deps);

    expect(run.dryRun).toMatchObject({
      kind: 'precondition-failed',
      reason: expect.stringContaining('is Ready'),
    });
    expect(nodeGroups.terminations).toEqual([]);
  });

  it('is a no-op when the instance is already terminating', async () => {
    const { deps, nodeGroups } = setup();
    const bound = await bindCatalogAction(ACTION, incident, deps);
    await nodeGroups.terminateInstance(DEAD_INSTANCE, { decrementDesiredCapacity: false, dryRun: false });

    const run = await runCatalogAction(ACTION, bound.kind === 'bound' ? bound.binding : {}, incident, deps);

    expect(run.dryRun).toMatchObject({ kind: 'no-op' });
    expect(nodeGroups.terminations).toEqual([DEAD_INSTANCE]);
  });
});

describe('nodeReplacementStatus', () => {
  const binding = {
    node: DEAD,
    uid: `uid-${DEAD}`,
    instanceId: DEAD_INSTANCE,
    nodeGroup: 'batch-c6i',
    autoScalingGroupName: ASG,
  };
  const FRESH = 'ip-10-0-2-77.eu-west-1.compute.internal';
  const FRESH_INSTANCE = 'i-0aaaabbbbccccdddd';
  const replaced = group({
    instances: [
      { instanceId: PEER_INSTANCE, lifecycleState: 'InService' },
      { instanceId: FRESH_INSTANCE, lifecycleState: 'InService' },
    ],
  });

  it('waits while the old Node object exists', () => {
    const nodes = [node(DEAD, DEAD_INSTANCE, { cordoned: true }), node(PEER, PEER_INSTANCE, { ready: true })];
    expect(nodeReplacementStatus(binding, nodes, replaced)).toEqual({
      kind: 'waiting',
      reason: `node ${DEAD} still exists`,
    });
  });

  it('waits until the group has its desired count of Ready nodes', () => {
    const nodes = [node(PEER, PEER_INSTANCE, { ready: true }), node(FRESH, FRESH_INSTANCE)];
    expect(nodeReplacementStatus(binding, nodes, replaced)).toEqual({
      kind: 'waiting',
      reason: 'node group batch-c6i has 1 of 2 nodes Ready',
    });
  });

  it('says replaced once the old node is gone and a fresh one is Ready', () => {
    const nodes = [node(PEER, PEER_INSTANCE, { ready: true }), node(FRESH, FRESH_INSTANCE, { ready: true })];
    expect(nodeReplacementStatus(binding, nodes, replaced)).toEqual({
      kind: 'replaced',
      readyNodes: [PEER, FRESH],
      desiredCapacity: 2,
    });
  });
});
