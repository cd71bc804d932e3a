import type { ClusterReader, Node } from '@sre-agent/kube';
import type { ReplaceNodeBinding } from '../actions/catalog/replace-node.ts';
import { isReady } from '../actions/target.ts';
import { awsInstanceId, NODEGROUP_LABEL, type NodeGroupState, type NodeGroups } from '../node-groups.ts';

/** Where a node replacement stands: done, or what it still waits for. */
export type NodeReplacementStatus =
  | { kind: 'replaced'; readyNodes: string[]; desiredCapacity: number }
  | { kind: 'waiting'; reason: string };

/**
 * Whether a `replace-node` did its job (the `node-replaced` verification): the old Node object is
 * gone, and the group is back at its desired count of Ready nodes, each on an `InService` instance
 * of the group. Pure: `nodes` from `ClusterReader.listNodes()`, `group` from
 * `NodeGroups.describeGroup(binding.autoScalingGroupName)`.
 */
export function nodeReplacementStatus(
  binding: ReplaceNodeBinding,
  nodes: readonly Node[],
  group: NodeGroupState | undefined,
): NodeReplacementStatus {
  const old = nodes.find((n) => n.metadata?.name === binding.node && n.metadata?.uid === binding.uid);
  if (old) return { kind: 'waiting', reason: `node ${binding.node} still exists` };
  if (!group) {
    return { kind: 'waiting', reason: `Auto Scaling group ${binding.autoScalingGroupName} no longer exists` };
  }
  const inService = new Set(
    group.instances.filter((i) => i.lifecycleState === 'InService').map((i) => i.instanceId),
  );
  const readyNodes = nodes
    .filter(
      (n) =>
        n.metadata?.labels?.[NODEGROUP_LABEL] === binding.nodeGroup &&
        isReady(n) &&
        inService.has(awsInstanceId(n.spec?.providerID) ?? ''),
    )
    .map((n) => n.metadata?.name ?? '');
  if (readyNodes.length < group.desiredCapacity) {
    return {
      kind: 'waiting',
      reason: `node group ${binding.nodeGroup} has ${readyNodes.length} of ${group.desiredCapacity} nodes Ready`,
    };
  }
  return { kind: 'replaced', readyNodes, desiredCapacity: group.desiredCapacity };
}

/** `nodeReplacementStatus` read live through the cluster reader and the node groups port. */
export async function checkNodeReplacement(
  binding: ReplaceNodeBinding,
  deps: { reader: ClusterReader; nodeGroups: NodeGroups },
): Promise<NodeReplacementStatus> {
  const [nodes, group] = await Promise.all([
    deps.reader.listNodes(),
    deps.nodeGroups.describeGroup(binding.autoScalingGroupName),
  ]);
  return nodeReplacementStatus(binding, nodes, group);
}
