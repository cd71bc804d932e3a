import {
  awsInstanceId,
  type NodeGroupMembership,
  type NodeGroupState,
  type NodeGroups,
  type NodeIdentity,
  type TerminateOutcome,
  terminationRefusal,
} from '../node-groups.ts';

const clone = <T>(value: T): T => structuredClone(value);

/**
 * Node groups in memory for unit tests: groups are plain data that tests set; a termination marks
 * the instance `Terminating` (nothing launches: tests play the group) and is recorded in
 * `terminations`, a dry run in `dryRuns`. An instance that no group lists is unmanaged.
 */
export class InMemoryNodeGroups implements NodeGroups {
  readonly groups: NodeGroupState[];
  readonly terminations: string[] = [];
  readonly dryRuns: string[] = [];

  constructor(groups: NodeGroupState[] = []) {
    this.groups = groups;
  }

  async findGroup(node: NodeIdentity): Promise<NodeGroupMembership> {
    const instanceId = awsInstanceId(node.providerId);
    if (!instanceId) return { kind: 'unmanaged', reason: `node ${node.name} has no EC2 provider ID` };
    const group = this.groups.find((g) => g.instances.some((i) => i.instanceId === instanceId));
    if (!group) return { kind: 'unmanaged', reason: `instance ${instanceId} is in no Auto Scaling group` };
    return { kind: 'managed', instanceId, group: clone(group) };
  }

  async describeGroup(autoScalingGroupName: string): Promise<NodeGroupState | undefined> {
    const group = this.groups.find((g) => g.autoScalingGroupName === autoScalingGroupName);
    return group ? clone(group) : undefined;
  }

  async terminateInstance(
    instanceId: string,
    options: { decrementDesiredCapacity: false; dryRun: boolean },
  ): Promise<TerminateOutcome> {
    const group = this.groups.find((g) => g.instances.some((i) => i.instanceId === instanceId));
    if (!group) return { kind: 'refused', reason: `instance ${instanceId} is in no Auto Scaling group` };
    const refusal = terminationRefusal(group, instanceId);
    if (refusal) return { kind: 'refused', reason: refusal };
    const { autoScalingGroupName } = group;
    if (options.dryRun) {
      this.dryRuns.push(instanceId);
      return { kind: 'terminating', dryRun: true, instanceId, autoScalingGroupName };
    }
    this.terminations.push(instanceId);
    group.instances = group.instances.map((i) =>
      i.instanceId === instanceId ? { ...i, lifecycleState: 'Terminating' } : i,
    );
    return {
      kind: 'terminating',
      dryRun: false,
      instanceId,
      autoScalingGroupName,
      activity: `Terminating EC2 instance: ${instanceId}`,
    };
  }
}
