import {
  awsInstanceId,
  type NodeGroupMembership,
  type NodeGroupState,
  type NodeGroups,
  type NodeIdentity,
  type TerminateOutcome,
  terminationRefusal,
} from '@sre-agent/healing';
import type { RunningSandbox } from '@sre-agent/sandbox';

type SandboxGroup = ReturnType<RunningSandbox['nodeGroups']['list']>[number];

function stateOf(group: SandboxGroup): NodeGroupState {
  return {
    name: group.name,
    autoScalingGroupName: group.autoScalingGroupName,
    minSize: group.minSize,
    desiredCapacity: group.desiredSize,
    maxSize: group.maxSize,
    instances: group.instances.map((i) => ({
      instanceId: i.instanceId,
      lifecycleState: i.lifecycleState,
      availabilityZone: i.availabilityZone,
    })),
  };
}

/**
 * The sandbox's node groups (EKS managed node groups and their Auto Scaling groups, in process)
 * behind the healing package's `NodeGroups` port: the embedded default of the AWS adapter, with
 * the same checks before a termination, and the same dry run (those checks, no write).
 */
export class SandboxNodeGroups implements NodeGroups {
  readonly #groups: RunningSandbox['nodeGroups'];

  constructor(groups: RunningSandbox['nodeGroups']) {
    this.#groups = groups;
  }

  async findGroup(node: NodeIdentity): Promise<NodeGroupMembership> {
    const instanceId = awsInstanceId(node.providerId);
    if (!instanceId) return { kind: 'unmanaged', reason: `node ${node.name} has no EC2 provider ID` };
    const group = this.#groupOf(instanceId);
    if (!group) return { kind: 'unmanaged', reason: `instance ${instanceId} is in no node group` };
    return { kind: 'managed', instanceId, group: stateOf(group) };
  }

  async describeGroup(autoScalingGroupName: string): Promise<NodeGroupState | undefined> {
    const group = this.#groups.list().find((g) => g.autoScalingGroupName === autoScalingGroupName);
    return group ? stateOf(group) : undefined;
  }

  async terminateInstance(
    instanceId: string,
    options: { decrementDesiredCapacity: false; dryRun: boolean },
  ): Promise<TerminateOutcome> {
    const group = this.#groupOf(instanceId);
    if (!group) return { kind: 'refused', reason: `instance ${instanceId} is in no node group` };
    const refusal = terminationRefusal(stateOf(group), instanceId);
    if (refusal) return { kind: 'refused', reason: refusal };
    const { autoScalingGroupName } = group;
    if (options.dryRun) return { kind: 'terminating', dryRun: true, instanceId, autoScalingGroupName };
    const result = this.#groups.terminateInstance(instanceId, {
      decrementDesiredCapacity: options.decrementDesiredCapacity,
    });
    if (result.outcome === 'refused') return { kind: 'refused', reason: result.message };
    return {
      kind: 'terminating',
      dryRun: false,
      instanceId,
      autoScalingGroupName,
      activity: result.activity.description,
    };
  }

  #groupOf(instanceId: string): SandboxGroup | undefined {
    return this.#groups.list().find((g) => g.instances.some((i) => i.instanceId === instanceId));
  }
}
