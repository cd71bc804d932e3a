/**
 * The cloud side of a cluster's nodes: the node groups (EKS managed node groups and the Auto
 * Scaling groups behind them) that launch them. Only `replace-node` writes through it, and only
 * by terminating one instance while keeping the desired capacity, so the group launches a fresh
 * node in its place.
 */

/** The label EKS puts on every node of a managed node group. */
export const NODEGROUP_LABEL = 'eks.amazonaws.com/nodegroup';

/** What identifies a node to its cloud: the Node object's name, `spec.providerID` and labels. */
export type NodeIdentity = {
  name: string;
  /** `aws:///<availability zone>/<instance id>` on EKS. */
  providerId: string | undefined;
  labels: Readonly<Record<string, string>>;
};

/** One instance of a group, as the Auto Scaling API reports it. */
export type GroupInstance = {
  instanceId: string;
  /**
   * The Auto Scaling lifecycle state: `InService`, `Pending`, `Terminating`, `Standby`, … (its
   * `:Wait` / `:Proceed` variants included). Only `InService` counts as a settled instance.
   */
  lifecycleState: string;
  availabilityZone?: string | undefined;
};

/** A node group and its sizes, as the cloud reports them now. */
export type NodeGroupState = {
  /** The node group's name: what the nodes carry in `eks.amazonaws.com/nodegroup`. */
  name: string;
  /** The Auto Scaling group behind it (`eks-<node group>-<uuid>` for a managed node group). */
  autoScalingGroupName: string;
  minSize: number;
  desiredCapacity: number;
  maxSize: number;
  instances: readonly GroupInstance[];
};

/** Which group manages a node, or why none does (a self-managed or foreign instance). */
export type NodeGroupMembership =
  | { kind: 'managed'; instanceId: string; group: NodeGroupState }
  | { kind: 'unmanaged'; reason: string };

/** What terminating (or checking the termination of) an instance came to. */
export type TerminateOutcome =
  | {
      kind: 'terminating';
      /** Whether it only checked: nothing was written. */
      dryRun: boolean;
      instanceId: string;
      autoScalingGroupName: string;
      /** What the cloud said it does (the scaling activity's description), when it wrote. */
      activity?: string | undefined;
    }
  | { kind: 'refused'; reason: string };

/**
 * The node groups of one cluster, in domain terms.
 *
 * @example
 * const membership = await nodeGroups.findGroup({ name, providerId: node.spec?.providerID, labels });
 * if (membership.kind === 'managed') {
 *   await nodeGroups.terminateInstance(membership.instanceId, { decrementDesiredCapacity: false, dryRun: true });
 * }
 */
export interface NodeGroups {
  /** The group that manages the node, with its sizes and instances; `unmanaged` with a reason otherwise. */
  findGroup(node: NodeIdentity): Promise<NodeGroupMembership>;
  /** A group by its Auto Scaling group name, as it is now; `undefined` when it no longer exists. */
  describeGroup(autoScalingGroupName: string): Promise<NodeGroupState | undefined>;
  /**
   * Terminates one instance of its group without lowering the desired capacity, so the group
   * launches a replacement. `decrementDesiredCapacity` is always `false`: the agent replaces nodes,
   * it never shrinks groups.
   *
   * The Auto Scaling API has no `DryRun` for `TerminateInstanceInAutoScalingGroup` (EC2's
   * `TerminateInstances` has one, but it bypasses the group). A dry run here is therefore the full
   * precondition check through describe calls: the instance belongs to a group of this cluster, is
   * `InService`, and the group is not already replacing another instance. It writes nothing.
   */
  terminateInstance(
    instanceId: string,
    options: { decrementDesiredCapacity: false; dryRun: boolean },
  ): Promise<TerminateOutcome>;
}

/** `aws:///eu-west-1a/i-0123…` → `i-0123…`; `undefined` for any other provider ID. */
export function awsInstanceId(providerId: string | undefined): string | undefined {
  const match = /^aws:\/\/\/[a-z0-9-]+\/(i-[0-9a-f]{8,17})$/.exec(providerId ?? '');
  return match?.[1];
}

/**
 * Why the cloud would refuse to terminate an instance of this group without shrinking it, or
 * `undefined` when it would not: what every adapter checks before it writes (and all a dry run does).
 */
export function terminationRefusal(group: NodeGroupState, instanceId: string): string | undefined {
  const instance = group.instances.find((i) => i.instanceId === instanceId);
  if (!instance) return `instance ${instanceId} is not in Auto Scaling group ${group.autoScalingGroupName}`;
  if (instance.lifecycleState.startsWith('Terminat')) {
    return `instance ${instanceId} is already ${instance.lifecycleState}`;
  }
  if (instance.lifecycleState !== 'InService') {
    return `instance ${instanceId} is ${instance.lifecycleState}, not InService`;
  }
  const unsettled = group.instances.filter(
    (i) => i.instanceId !== instanceId && i.lifecycleState !== 'InService',
  );
  if (unsettled.length > 0) {
    const listed = unsettled.map((i) => `${i.instanceId} (${i.lifecycleState})`).join(', ');
    return `the group is not settled: ${listed}; one node is replaced at a time`;
  }
  if (group.instances.length < group.desiredCapacity) {
    return `the group runs ${group.instances.length} of its desired ${group.desiredCapacity} instances: a launch is still due; one node is replaced at a time`;
  }
  return undefined;
}
