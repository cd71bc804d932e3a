import { type ClusterReader, isNodeBound, type Node, type Pod } from '@sre-agent/kube';
import * as z from 'zod';
import {
  NODEGROUP_LABEL,
  type NodeGroupState,
  type NodeGroups,
  terminationRefusal,
} from '../../node-groups.ts';
import { couldRunOn, isWaitingForNode, podsWithoutRoom } from '../pending-pods-fit.ts';
import { defineAction } from '../spec.ts';
import { isControlPlane, isReady, isSchedulable } from '../target.ts';

export const ReplaceNodeBindingSchema = z.strictObject({
  node: z.string().min(1),
  uid: z.string().min(1),
  instanceId: z.string().regex(/^i-[0-9a-f]{8,17}$/),
  /** The node group's name (the node's `eks.amazonaws.com/nodegroup` label). */
  nodeGroup: z.string().min(1),
  autoScalingGroupName: z.string().min(1),
});
export type ReplaceNodeBinding = z.infer<typeof ReplaceNodeBindingSchema>;

type Guard =
  | { kind: 'ok'; node: Node; instanceId: string; group: NodeGroupState }
  | { kind: 'refused'; reason: string };

const MAX_NAMED = 3;
const holdsWork = (pod: Pod) =>
  !isNodeBound(pod) &&
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed' &&
  !pod.metadata?.deletionTimestamp;
const named = (pods: readonly Pod[]) =>
  pods
    .slice(0, MAX_NAMED)
    .map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`)
    .join(', ') + (pods.length > MAX_NAMED ? ` and ${pods.length - MAX_NAMED} more` : '');

/**
 * Everything that must hold for the node to be replaced, read live: checked when the action is
 * bound, and again right before the terminate (with the bound uid, instance and group).
 */
async function guardReplacement(
  reader: ClusterReader,
  nodeGroups: NodeGroups,
  name: string,
  expected?: ReplaceNodeBinding,
): Promise<Guard> {
  const node = await reader.getNode(name);
  if (!node) return { kind: 'refused', reason: `node ${name} no longer exists` };
  if (expected && node.metadata?.uid !== expected.uid) {
    return { kind: 'refused', reason: `node ${name} was replaced since the action was bound (another uid)` };
  }
  if (isControlPlane(node)) return { kind: 'refused', reason: `node ${name} is a control-plane node` };
  if (isReady(node))
    return { kind: 'refused', reason: `node ${name} is Ready: a working node is never replaced` };
  if (!node.spec?.unschedulable) {
    return {
      kind: 'refused',
      reason: `node ${name} is not cordoned: the agent cordons and drains a node before it replaces it`,
    };
  }
  const labels = node.metadata?.labels ?? {};
  const membership = await nodeGroups.findGroup({ name, providerId: node.spec?.providerID, labels });
  if (membership.kind === 'unmanaged') {
    return {
      kind: 'refused',
      reason: `node ${name} is not managed by a node group (${membership.reason}): terminating it would bring no replacement, so humans decide`,
    };
  }
  const { group, instanceId } = membership;
  if (labels[NODEGROUP_LABEL] !== group.name) {
    return {
      kind: 'refused',
      reason: `node ${name} is labelled node group ${labels[NODEGROUP_LABEL] ?? '(none)'}, but its instance ${instanceId} belongs to ${group.name}`,
    };
  }
  if (
    expected &&
    (instanceId !== expected.instanceId || group.autoScalingGroupName !== expected.autoScalingGroupName)
  ) {
    return { kind: 'refused', reason: `node ${name} now runs on another instance or group than when bound` };
  }
  const refusal = terminationRefusal(group, instanceId);
  if (refusal) return { kind: 'refused', reason: refusal };
  if (group.instances.length >= group.maxSize || group.desiredCapacity > group.maxSize) {
    // Auto Scaling may launch the replacement before the old instance is gone (an instance
    // maintenance policy above 100%), and a group at maxSize has no room for it; the only other
    // way is ShouldDecrementDesiredCapacity=true, which shrinks the group: never the agent's call.
    return {
      kind: 'refused',
      reason: `node group ${group.name} is at its maxSize (${group.maxSize}): a replacement has no room without shrinking the group`,
    };
  }
  const bound = (await reader.listPods({ fieldSelector: `spec.nodeName=${name}` })).filter(
    (p) => p.spec?.nodeName === name && holdsWork(p),
  );
  if (bound.length > 0) {
    return {
      kind: 'refused',
      reason: `${bound.length} pods are still bound to node ${name} (${named(bound)}): terminating its instance would lose them; drain it first`,
    };
  }
  const homeless = await pendingWithoutRoom(reader, node, group.name);
  if (homeless.length > 0) {
    return {
      kind: 'refused',
      reason: `${homeless.length} pending pods that node group ${group.name} must run find no room on its other Ready nodes (${named(homeless)}): the group is short of capacity, which a replacement would only hide for a few minutes; humans decide whether to grow it`,
    };
  }
  return { kind: 'ok', node, instanceId, group };
}

/**
 * The pods that were evicted from the node and wait for room, and that the group's other Ready,
 * schedulable nodes cannot hold. A replacement pod is a new object (new name, new uid), so "evicted
 * from it" is read as "Pending, unscheduled, and placeable on this node": its node selector and
 * tolerations fit this group. The agent replaces a node only once its work runs elsewhere, so the
 * terminate loses nothing even when the launch of the replacement fails for hours (insufficient
 * capacity in the zone, a broken launch template). Pods that find no room mean the group is short
 * of capacity: growing it is a cost decision for humans, and a replacement would mask it.
 */
async function pendingWithoutRoom(reader: ClusterReader, node: Node, group: string): Promise<Pod[]> {
  const [pods, nodes] = await Promise.all([reader.listPods(), reader.listNodes()]);
  const waiting = pods.filter((p) => isWaitingForNode(p) && couldRunOn(p, node));
  if (waiting.length === 0) return [];
  const others = nodes.filter(
    (n) =>
      n.metadata?.name !== node.metadata?.name &&
      n.metadata?.labels?.[NODEGROUP_LABEL] === group &&
      isSchedulable(n),
  );
  return podsWithoutRoom(waiting, others, pods);
}

const NO_NODE_GROUPS = 'no node group integration is configured for this cluster: replacing a node needs one';

/**
 * Replaces the incident's node, NotReady for good (a dead kubelet that EC2 status checks do not
 * see), through the node group that launched it: terminates its instance keeping the group's
 * desired capacity, so the group launches a fresh node. Only a cordoned node with no work left on
 * it (the agent drains first), of a settled managed group, once its evicted pods run elsewhere.
 * Governed by the cluster's node policy.
 */
export const replaceNode = defineAction({
  kind: 'replace-node',
  params: z.strictObject({ kind: z.literal('replace-node') }),
  binding: ReplaceNodeBindingSchema,
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 30_000,
  needs: {
    rbac: [
      { verb: 'get', resource: 'nodes', apiGroup: '' },
      { verb: 'list', resource: 'nodes', apiGroup: '' },
      { verb: 'list', resource: 'pods', apiGroup: '' },
    ],
    iam: [
      'autoscaling:DescribeAutoScalingInstances',
      'autoscaling:DescribeAutoScalingGroups',
      'autoscaling:TerminateInstanceInAutoScalingGroup',
    ],
  },
  verify: 'node-replaced',
  describe: () => 'replace its node through its node group (the group launches a fresh one)',
  async bind(_params, { incident, reader, nodeGroups }) {
    const { target } = incident;
    if (target.kind !== 'Node') return { kind: 'refused', reason: 'only a node incident replaces its node' };
    if (!nodeGroups) return { kind: 'refused', reason: NO_NODE_GROUPS };
    const guard = await guardReplacement(reader, nodeGroups, target.name);
    if (guard.kind === 'refused') return guard;
    const uid = guard.node.metadata?.uid;
    if (!uid) return { kind: 'refused', reason: `node ${target.name} has no uid to bind to` };
    return {
      kind: 'bound',
      binding: {
        node: target.name,
        uid,
        instanceId: guard.instanceId,
        nodeGroup: guard.group.name,
        autoScalingGroupName: guard.group.autoScalingGroupName,
      },
      scope: { kind: 'nodes' },
      summary: `replace node ${target.name}: terminate instance ${guard.instanceId} in node group ${guard.group.name}, keeping its desired capacity of ${guard.group.desiredCapacity}`,
    };
  },
  async run(binding, { reader, nodeGroups }, dryRun) {
    if (!nodeGroups) return { kind: 'precondition-failed', reason: NO_NODE_GROUPS };
    const [node, group] = await Promise.all([
      reader.getNode(binding.node),
      nodeGroups.describeGroup(binding.autoScalingGroupName),
    ]);
    const instance = group?.instances.find((i) => i.instanceId === binding.instanceId);
    const oldNodeGone = !node || node.metadata?.uid !== binding.uid;
    if (instance?.lifecycleState.startsWith('Terminat') || (group && !instance && oldNodeGone)) {
      return {
        kind: 'no-op',
        reason: `instance ${binding.instanceId} of node ${binding.node} is already being replaced or gone`,
      };
    }
    const guard = await guardReplacement(reader, nodeGroups, binding.node, binding);
    if (guard.kind === 'refused') return { kind: 'precondition-failed', reason: guard.reason };
    const before = { desiredCapacity: guard.group.desiredCapacity, instances: guard.group.instances };
    const result = await nodeGroups.terminateInstance(binding.instanceId, {
      decrementDesiredCapacity: false,
      dryRun,
    });
    if (result.kind === 'refused') return { kind: 'precondition-failed', reason: result.reason };
    return {
      kind: 'applied',
      dryRun,
      summary: `terminated instance ${binding.instanceId} of node ${binding.node} in node group ${binding.nodeGroup}, keeping its desired capacity of ${guard.group.desiredCapacity}: the group launches a fresh node`,
      before,
      after: result,
    };
  },
});
